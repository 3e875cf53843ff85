// Dumps the word -> PTB tags lexicon of the `brill` npm package (Eric Brill's tagger lexicon,
// MIT licence, (c) Titus Wormer) as "word<TAB>tag tag ..." (most frequent tag first) for
// `eventdesk train tagger --lexicon FILE`. Usage, in a scratch folder holding a copy of this script (node resolves
// 'brill' from the script's folder): npm install brill@3.1.0 && node brill-dump.js out.tsv
import('brill').then(({ brill }) => {
  const lines = [];
  for (const word of Object.keys(brill).sort()) {
    if (/[\t\n\r ]/.test(word)) continue;
    lines.push(word + '\t' + brill[word].join(' '));
  }
  require('fs').writeFileSync(process.argv[2] || 'brill.tsv', lines.join('\n') + '\n');
});
