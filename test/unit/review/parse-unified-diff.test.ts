import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '@/lib/review/parse-unified-diff';

const added = (diff: string) =>
  parseUnifiedDiff(diff).files.map((file) => ({
    path: file.newPath,
    added: file.hunks.flatMap((hunk) => hunk.lines.filter((line) => line.kind === 'added').map((line) => `${line.newLine}:${line.text}`)),
  }));

describe('parseUnifiedDiff', () => {
  it('reads git diff output with a/ b/ prefixes and numbers added lines in the new file, across hunks', () => {
    const diff = [
      'diff --git a/src/nav.c b/src/nav.c',
      'index 83db48f..bf269f4 100644',
      '--- a/src/nav.c',
      '+++ b/src/nav.c',
      '@@ -1,3 +1,4 @@',
      ' one',
      '+two',
      ' three',
      '-four',
      '+FOUR',
      '@@ -20,2 +21,3 @@ int main(void) {',
      ' twenty',
      '+twenty-one',
      ' twenty-two',
    ].join('\n');
    expect(added(diff)).toEqual([{ path: 'src/nav.c', added: ['2:two', '4:FOUR', '22:twenty-one'] }]);
  });

  it('reads --no-prefix output, and keeps a real top folder called a/ when prefixes are on', () => {
    const noPrefix = 'diff --git src/x.c src/x.c\n--- src/x.c\n+++ src/x.c\n@@ -1 +1 @@\n-a\n+b\n';
    expect(added(noPrefix)).toEqual([{ path: 'src/x.c', added: ['1:b'] }]);
    const folderA = 'diff --git a/a/x.c b/a/x.c\n--- a/a/x.c\n+++ b/a/x.c\n@@ -1 +1 @@\n-a\n+b\n';
    expect(added(folderA)).toEqual([{ path: 'a/x.c', added: ['1:b'] }]);
  });

  it('tells added, deleted, renamed and binary files apart', () => {
    const diff = [
      'diff --git a/new.py b/new.py',
      'new file mode 100644',
      'index 0000000..1111111',
      '--- /dev/null',
      '+++ b/new.py',
      '@@ -0,0 +1,2 @@',
      '+x = 1',
      '+y = 2',
      'diff --git a/old.py b/old.py',
      'deleted file mode 100644',
      '--- a/old.py',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-gone = True',
      'diff --git a/from.rs b/to.rs',
      'similarity index 100%',
      'rename from from.rs',
      'rename to to.rs',
      'diff --git a/logo.png b/logo.png',
      'index 1..2 100644',
      'Binary files a/logo.png and b/logo.png differ',
    ].join('\n');
    expect(parseUnifiedDiff(diff).files.map(({ oldPath, newPath, binary, hunks }) => ({ oldPath, newPath, binary, hunks: hunks.length }))).toEqual([
      { oldPath: undefined, newPath: 'new.py', binary: false, hunks: 1 },
      { oldPath: 'old.py', newPath: undefined, binary: false, hunks: 1 },
      { oldPath: 'from.rs', newPath: 'to.rs', binary: false, hunks: 0 },
      { oldPath: 'logo.png', newPath: 'logo.png', binary: true, hunks: 0 },
    ]);
  });

  it('reads hunk bodies by their counts, so "--- x" and "+++ y" inside a hunk are lines, not headers', () => {
    const diff = ['diff --git a/q.sql b/q.sql', '--- a/q.sql', '+++ b/q.sql', '@@ -1,2 +1,2 @@', ' select 1;', '--- old comment', '+++ new comment'].join('\n');
    const [file] = parseUnifiedDiff(diff).files;
    expect(file?.hunks[0]?.lines.map((line) => `${line.kind}:${line.text}`)).toEqual(['context:select 1;', 'removed:-- old comment', 'added:++ new comment']);
    expect(parseUnifiedDiff(diff).files).toHaveLength(1);
  });

  it('handles CRLF line ends, "\\ No newline at end of file" and context lines that lost their space', () => {
    const diff = 'diff --git a/w.c b/w.c\r\n--- a/w.c\r\n+++ b/w.c\r\n@@ -1,3 +1,3 @@\r\n a\r\n\r\n-b\r\n\\ No newline at end of file\r\n+c\r\n\\ No newline at end of file\r\n';
    expect(added(diff)).toEqual([{ path: 'w.c', added: ['3:c'] }]);
    const { warnings } = parseUnifiedDiff(diff);
    expect(warnings).toEqual([]);
  });

  it('decodes quoted paths and paths with spaces', () => {
    const quoted = 'diff --git "a/caf\\303\\251 x.c" "b/caf\\303\\251 x.c"\n--- "a/caf\\303\\251 x.c"\n+++ "b/caf\\303\\251 x.c"\n@@ -0,0 +1 @@\n+z\n';
    expect(added(quoted)).toEqual([{ path: 'café x.c', added: ['1:z'] }]);
    const spaced = 'diff --git a/my dir/f.c b/my dir/f.c\nold mode 100644\nnew mode 100755\n';
    expect(parseUnifiedDiff(spaced).files[0]?.newPath).toBe('my dir/f.c');
  });

  it('reads plain diff -u output with timestamps', () => {
    const diff = '--- nav.c.orig\t2024-01-01 10:00:00\n+++ nav.c\t2024-01-01 10:05:00\n@@ -1 +1,2 @@\n a\n+b\n--- b.c\n+++ b.c\n@@ -5 +5 @@\n-x\n+y\n';
    expect(added(diff)).toEqual([
      { path: 'nav.c', added: ['2:b'] },
      { path: 'b.c', added: ['5:y'] },
    ]);
  });

  it('reads git format-patch output, skipping the mail header, the diffstat and the signature', () => {
    const patch = [
      'From 611cd27fbd5e69192fac2cbeb1f413c2286a36ba Mon Sep 17 00:00:00 2001',
      'From: t <t@example.org>',
      'Subject: [PATCH] narrow h',
      '',
      '---',
      ' nav.c | 2 +-',
      ' 1 file changed, 1 insertion(+), 1 deletion(-)',
      '',
      'diff --git a/nav.c b/nav.c',
      'index b2b15b8..ea8b053 100644',
      '--- a/nav.c',
      '+++ b/nav.c',
      '@@ -1,4 +1,4 @@',
      ' int f(long v) {',
      '-  int h = v;',
      '+  short h = (short) v;',
      '   return h;',
      ' }',
      '-- ',
      '2.39.5',
      '',
    ].join('\n');
    expect(added(patch)).toEqual([{ path: 'nav.c', added: ['2:  short h = (short) v;'] }]);
    expect(parseUnifiedDiff(patch).warnings).toEqual([]);
  });

  it('warns about a hunk cut short, and says when the text is not a diff at all', () => {
    const cut = parseUnifiedDiff('diff --git a/x.c b/x.c\n--- a/x.c\n+++ b/x.c\n@@ -1,5 +1,6 @@\n a\n+b\n');
    expect(cut.warnings).toEqual(['diff line 4: the hunk ends before the line counts in its "@@" header; the diff may be cut off']);
    expect(parseUnifiedDiff('Dear reviewer,\nplease look at my change.\n').looksLikeDiff).toBe(false);
    expect(parseUnifiedDiff('').files).toEqual([]);
  });
});
