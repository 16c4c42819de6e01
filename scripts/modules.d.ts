// The textlint rule ships no type declarations; the benchmark only passes it to textlint.
declare module '@textlint-rule/textlint-rule-no-unmatched-pair' {
  const rule: unknown
  export default rule
}
