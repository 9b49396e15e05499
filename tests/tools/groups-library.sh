#!/bin/bash
# groups-library.sh DIR TOPICS: writes a content folder of TOPICS small
# topics (topic-01.yaml ...) into DIR, and a library.yaml putting all but
# the last two into six groups of equal size, each listing its topics
# last first (so the listed order, not the title, must decide).  The last
# two are in no group: the menu shows them under "Other topics".
set -eu
dir=$1 count=$2
titles=("Hip and groin" "Knee" "Back and neck" "Shoulder and arm"
	"Hand and wrist" "Injections and procedures")
mkdir -p "$dir"
for i in $(seq -w 1 "$count"); do
	cat > "$dir/topic-$i.yaml" <<TOPIC
id: topic-$i
title: Topic $i
summary: A short summary of topic $i.
language: en
last_reviewed: 2026-01-01
next_review_due: 2030-01-01
reviewed_by: [Test reviewer]
sources:
  - citation: A source.
sections:
  - kind: overview
    pages:
      - title: About topic $i
        blocks:
          - paragraph: This is topic $i.
TOPIC
done
grouped=$((count - 2)) per=$(((count - 2) / 6))
{
	echo "groups:"
	for g in 0 1 2 3 4 5; do
		echo "  - title: ${titles[$g]}"
		echo "    topics:"
		first=$((g * per + 1)) last=$(((g + 1) * per))
		[ "$g" = 5 ] && last=$grouped
		for i in $(seq "$last" -1 "$first"); do
			printf '      - topic-%0*d\n' "${#count}" "$i"
		done
	done
} > "$dir/library.yaml"
