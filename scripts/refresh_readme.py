"""Re-run the README's console examples and put their real output back.

    python scripts/refresh_readme.py   (from the repository root, with factcheck installed)
"""
import os, re, subprocess
os.environ["COLUMNS"] = "90"
os.environ.pop("FACTCHECK_CLAIMS", None)
readme = open("README.md", encoding="utf-8").read()

def out(cmd, stdin=None):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True, input=stdin)
    return r.stdout.rstrip("\n")

def replace_block_after(marker, new_text, lang="text"):
    global readme
    i = readme.index(marker)
    j = readme.index("```" + lang + "\n", i) + len("```" + lang + "\n")
    k = readme.index("\n```\n", j - 1)  # the closing fence: a line of its own
    readme = readme[:j] + new_text + readme[k:]

# install + check (pretty)
replace_block_after("$ pip install . && factcheck check \"£250k seed funding\"", out('factcheck check "£250k seed funding"'))
# scan pretty
replace_block_after("$ factcheck scan examples/draft.md\n```", out("factcheck scan examples/draft.md 2>/dev/null"))

def replace_console(cmd_line, cmd):
    """Replace the output lines after `$ cmd_line` up to the next `$ ` or ``` line."""
    global readme
    i = readme.index("$ " + cmd_line + "\n") + len("$ " + cmd_line + "\n")
    k = i
    lines = readme[i:].split("\n")
    n = 0
    for line in lines:
        if line.startswith("$ ") or line.startswith("```"):
            break
        n += len(line) + 1
    readme = readme[:i] + out(cmd) + "\n" + readme[i + n:]

replace_console("factcheck check \"£2m for London Gang Exit\" --format jsonl | python -m json.tool", 'factcheck check "£2m for London Gang Exit" --format jsonl | python -m json.tool')
replace_console("factcheck sources", "factcheck sources")
replace_console("factcheck show ylf-total-letter", "factcheck show ylf-total-letter")
replace_console("factcheck scan examples/draft.md --format line", "factcheck scan examples/draft.md --format line 2>&1")
replace_console("factcheck scan examples/draft.md --format github", "factcheck scan examples/draft.md --format github 2>/dev/null")
replace_console("factcheck validate", "factcheck validate 2>&1")
quote = 'factcheck check "Total investment in specialist youth support in hospitals is £3.6m over the next two years." --format text'
replace_console(quote, quote)
pipe = "factcheck check - --format jsonl < examples/claims.txt | python -c \"import sys, json; [print(d['verdict'], '|', d['claim']) for d in map(json.loads, sys.stdin)]\""
replace_console(pipe, pipe)
claimreview = ('factcheck check "£45m a year for the Young Londoners Fund" --format claimreview'
               ' --publisher "The Invented Gazette" --publisher-url https://gazette.example/'
               ' --review-url https://gazette.example/checks/ylf --review-date 2026-12-01 2>/dev/null')
replace_block_after('$ factcheck check "£45m a year for the Young Londoners Fund" --format claimreview', out(claimreview), lang="json")
replace_block_after("$ python bench/prose.py | tail -3\n```", out("python bench/prose.py | tail -3"))
later = 'for n in 2 3 4 5 6 7 8 10 11 12 13 14 15 16 17 18 19 20 21 22 23 25 26 28 29 31 32 33 36 37 38 39; do python bench/prose.py --labelled tests/data/prose_heldout_$n.yaml | grep "^sentences"; done'
replace_block_after(f"$ {later}\n```", out(later))
replace_console("python bench/threshold.py | grep shipped:", "python bench/threshold.py | grep shipped:")
replace_console("python bench/threshold.py --labelled tests/data/heldout_claims.yaml | grep shipped:", "python bench/threshold.py --labelled tests/data/heldout_claims.yaml | grep shipped:")
summary = subprocess.run("factcheck scan examples/draft.md", shell=True, capture_output=True, text=True).stderr.strip()
readme = re.sub(r"the summary goes to stderr \(`[^`]*`\)", f"the summary goes to stderr (`{summary}`)", readme)
open("README.md", "w", encoding="utf-8").write(readme)
