#!/bin/bash
# After a topic: "My questions" (ticks forgotten once the patient goes
# Home) and "Check what you learned", walked by touch, with the answers
# in the usage log.
source "$(dirname "$0")/lib.bash"

conf=$(write_conf decide.conf "lock = yes" "log_file = $WORK/usage.log")
start_kiosk "$conf"
wait_for "Press any key or touch the screen to start"
keys Enter 2 6
wait_for "Step 6 of 6"
next_until "My questions for the appointment"
touch_text "What are my other choices?"
touch_text "Will I need more than one injection?"
check "two touched questions are ticked" wait_for "2 ticked"
keys Home
wait_for "Choose a topic"
keys 2 s
wait_for "All the steps"
touch_text "My questions for the appointment"
check "after Home the list is empty" wait_for "0 ticked"

touch_text "Next >"
check "the quiz is offered" wait_for "Would you like to check what you learned?"
touch_text "Next >"
wait_for "question 1 of 3"
touch_text "1 to 2 days"
check "a right answer says so" wait_for "Yes, that is right"
touch_text "Next >"
wait_for "question 2 of 3"
touch_text "Yes, straight away"
check "a wrong answer gets the right one, plainly" wait_for "Not quite. The answer is: No, not for the rest"
check "with a link back to the page" wait_for "Read the page again: Plan ahead"
touch_text "Next >"
wait_for "question 3 of 3"
touch_text "Your lips or throat swell"
wait_for "Yes, that is right"
touch_text "Next >"
check "the quiz ends with the score" wait_for "You got 2 of 3."
logged() { grep -q $'quiz\thip-steroid-injection\t2\t1\tno' "$WORK/usage.log"; }
check "the usage log has the answers, and nothing typed" logged
touch_text "Finish"
check "Finish goes to the topic list" wait_for "Choose a topic"
finish
