#!/usr/bin/env bash
# Checks that the documentation names only what exists. In README.md, docs/*.md and every
# crate's README.md:
#   - every relative link `[text](path#anchor)` points to a file or directory that exists, and
#     its `#anchor` (if any) to a heading of that file (GitHub's heading ids);
#   - every repository path named in backticks (`node/…`, `runtime/…`, `pallets/…`, …) and every
#     `scripts/…` path anywhere in the text exists.
# Paths with a placeholder (`pallets/<name>/…`) are not checked.
#
#   scripts/check-docs.sh              check this repository; exit 1 and list every problem
#   scripts/check-docs.sh --self-test  show that the check fails on a broken link, anchor and
#                                      path, and passes on good ones (scripts/test.sh runs both)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The heading ids of a Markdown file: lower case, punctuation removed, spaces as hyphens.
heading_ids() {
	grep -E '^#{1,6} ' "$1" | sed -E 's/^#+ +//' | tr '[:upper:]' '[:lower:]' |
		sed -E 's/[^a-z0-9 _-]//g; s/ /-/g'
}

# The Markdown files to check under $1.
doc_files() {
	local dir=$1
	find "$dir" -maxdepth 1 -name README.md
	[[ -d "$dir/docs" ]] && find "$dir/docs" -name '*.md'
	find "$dir" -mindepth 2 -name README.md -not -path '*/node_modules/*' -not -path '*/target/*' \
		-not -path "$dir/docs/*"
}

# Prints every problem in the docs under $1; returns 1 if there is one.
check() {
	local dir=$1 bad=0 md target path anchor file p
	while IFS= read -r md; do
		while IFS= read -r target; do
			case "$target" in http://* | https://* | mailto:*) continue ;; esac
			path=${target%%#*}
			anchor=
			[[ "$target" == *'#'* ]] && anchor=${target#*#}
			if [[ -z "$path" ]]; then file=$md; else file=$(dirname "$md")/$path; fi
			if [[ ! -e "$file" ]]; then
				echo "${md#"$dir"/}: broken link ($target)"
				bad=1
			elif [[ -n "$anchor" && -f "$file" ]] && ! heading_ids "$file" | grep -qxF -- "$anchor"; then
				echo "${md#"$dir"/}: no heading #$anchor in ${file#"$dir"/}"
				bad=1
			fi
		done < <(grep -oE '\]\([^) ]+\)' "$md" | sed -E 's/^\]\(//; s/\)$//' || true)
		while IFS= read -r p; do
			p=${p%[.,:;]}
			if [[ ! -e "$dir/$p" ]]; then
				echo "${md#"$dir"/}: \`$p\` does not exist"
				bad=1
			fi
		done < <({
			grep -oE '`(node|runtime|pallets|primitives|test-utils|tools|contracts|e2e|data|docker|docs|scripts)/[A-Za-z0-9_./-]*`' "$md" |
				tr -d '`' || true
			grep -oE '(^|[^A-Za-z0-9_./$-])scripts/[A-Za-z0-9_.-]+' "$md" |
				sed -E 's/^.*(scripts\/)/\1/' || true
		} | sort -u)
	done < <(doc_files "$dir")
	return $bad
}

self_test() {
	local tmp
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' RETURN
	mkdir -p "$tmp/docs" "$tmp/scripts"
	touch "$tmp/scripts/real.sh"
	printf '# Top\n\n## A heading\n\n[ok](docs/page.md#the-page) [self](#a-heading) `scripts/real.sh`\n' \
		>"$tmp/README.md"
	printf '# The page\n\n[back](../README.md#top)\n' >"$tmp/docs/page.md"
	if ! check "$tmp" >/dev/null; then
		echo "check-docs self-test: good links were reported" >&2
		return 1
	fi
	local broken
	for broken in '[x](docs/missing.md)' '[x](docs/page.md#no-such-heading)' 'run scripts/missing.sh' \
		'see `runtime/src/missing.rs`'; do
		printf '# Top\n\n%s\n' "$broken" >"$tmp/README.md"
		if check "$tmp" >/dev/null; then
			echo "check-docs self-test: not caught: $broken" >&2
			return 1
		fi
	done
	echo "check-docs self-test: broken links, anchors and paths are caught"
}

if [[ "${1:-}" == --self-test ]]; then
	self_test
elif check "$root"; then
	echo "check-docs: every link and path in the docs exists"
else
	echo "check-docs: fix the links and paths above" >&2
	exit 1
fi
