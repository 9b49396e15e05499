#!/bin/sh
# Writes a library of N topics shaped like the bundled ones into DIR: each
# a copy of the bundled condition topic with its own id and title, linked
# to the next topic and to the bundled procedure, plus the glossary and
# the pictures they show.
# Usage: bench/genlib.sh N DIR
set -eu
n=$1
dir=$2
here=$(dirname "$0")/..
mkdir -p "$dir"
rm -f "$dir"/*.yaml
cp "$here/content/glossary.yaml" "$dir/"
mkdir -p "$dir/figures"
cp "$here"/content/figures/*.png "$dir/figures/"
sed 's/topic: iliopsoas-tendinopathy-bursitis/topic: topic-00001/' \
	"$here/content/hip-steroid-injection.yaml" >"$dir/hip-steroid-injection.yaml"
awk -v n="$n" -v dir="$dir" '
	{ template[NR] = $0 }
	END {
		for (i = 1; i <= n; i++) {
			id = sprintf("topic-%05d", i)
			next_id = sprintf("topic-%05d", i % n + 1)
			file = dir "/" id ".yaml"
			for (k = 1; k <= NR; k++) {
				line = template[k]
				if (line ~ /^id: /)
					line = "id: " id
				else if (line ~ /^title: /)
					line = "title: Topic " i ", pain at the front of the hip"
				else if (line ~ /^    text: Steroid injection in the hip, guided by ultrasound$/)
					line = line "\n  - topic: " next_id
				print line > file
			}
			close(file)
		}
	}' "$here/content/iliopsoas-tendinopathy-bursitis.yaml"
