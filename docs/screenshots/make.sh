#!/usr/bin/env bash
# Rebuild the README screenshots: a demo tracker filled through the command line,
# rendered offscreen with `policy-tracker --screenshot`.
#
# The demo entries are ILLUSTRATIONS, marked "Illustration" and linked to example.org:
# they show what the screens look like with data, not facts about any government.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export POLICY_TRACKER_CONFIG_DIR="$work/config" XDG_CONFIG_HOME="$work/xdg" XDG_DATA_HOME="$work/data"
export POLICY_TRACKER_USER="Demo"
pt="${PT:-policy-tracker}"
db="$work/demo.db"

$pt init "$db" >/dev/null
add() { $pt evidence add --db "$db" "$@" >/dev/null; }
add --date 2023-03-14 --group "Baltic states" --recommendation sanctions --kind official \
    --title "Illustration: joint national sanctions list" --url https://example.org/baltic-list \
    --publisher "Illustration" --status partial --rationale "Illustration: in force, limited to listed persons."
add --date 2024-06-20 --group G7 --recommendation sanctions --kind international \
    --title "Illustration: leaders' statement on the regime's role in the war" --url https://example.org/g7 \
    --publisher "Illustration" --status announced --rationale "Illustration: announced, not yet in force."
add --date 2024-09-02 --country PL --country LT --recommendation students --kind official \
    --title "Illustration: scholarship programme open to Belarusian students" --url https://example.org/scholarships \
    --publisher "Illustration" --status full --rationale "Illustration: same terms as Ukrainian students." --confidence verified
add --date 2025-01-15 --country DE --recommendation tps --kind media \
    --title "Illustration: temporary protection for some groups" --url https://example.org/tps \
    --publisher "Illustration" --status partial --rationale "Illustration: limited to those already in the country."
add --date 2025-05-05 --country LT --recommendation antiwar --kind ngo \
    --title "Illustration: grants for exiled civic initiatives" --url https://example.org/grants \
    --publisher "Illustration" --status full --rationale "Illustration: sustained programme." 
add --date 2025-10-01 --country FR --recommendation visa --kind official \
    --title "Illustration: consulates accept Belarusian visa applications" --url https://example.org/visa \
    --publisher "Illustration" --status none --rationale "Illustration: no specific measure."
$pt status set --db "$db" LV visa contrary --date 2025-11-01 --rationale "Illustration: applications suspended." >/dev/null

# A second coder's review: Olga proposes, Demo (who takes the screenshots) reviews.
$pt review require on --db "$db" >/dev/null
POLICY_TRACKER_USER=Olga $pt status set --db "$db" PL visa partial --date 2025-08-01 \
    --rationale "Illustration: fee waivers for some categories of Belarusian applicants." >/dev/null
POLICY_TRACKER_USER=Olga $pt status set --db "$db" LV tps announced --date 2025-10-01 \
    --rationale "Illustration: a protection scheme announced by the ministry." >/dev/null

for view in matrix evidence scorecards history review evidence-form status-form codebook countries; do
  $pt --db "$db" --screenshot "$here/$view.png" --view "$view"
done
# The matrix in Belarusian and in Ukrainian: the interface follows the system's language (here LANGUAGE).
for lang in be uk; do
  LANGUAGE="$lang" LANG="${lang}_$(echo "$lang" | tr a-z A-Z).UTF-8" \
    $pt --db "$db" --screenshot "$here/matrix-$lang.png" --view matrix
done
echo "Screenshots written to $here"
