/** The standard layout of a printed regulation: F4 page, serif type, centred headings, hanging indents. */
export const PRINT_STYLES = `
@page { size: 215mm 330mm; margin: 25mm 25mm 25mm 30mm; }
body { font-family: "Bookman Old Style", "Bookman", Georgia, serif; font-size: 12pt; line-height: 1.5; color: #000; background: #fff; margin: 0; }
main { max-width: 160mm; margin: 0 auto; padding: 12mm 0; }
p { margin: 0 0 0.4em; text-align: justify; }
h1.title { font-size: 12pt; text-align: center; font-weight: bold; margin: 0 0 1.5em; }
h2.marker, h3.unit-title, .fixed, .enacted { text-align: center; font-size: 12pt; font-weight: bold; margin: 1em 0 0.2em; }
h3.unit-title { margin-top: 0; }
section.article > h2.marker { font-weight: normal; margin-top: 1.2em; }
.labelled > .fixed { text-align: left; margin-top: 1em; }
.numbered { display: grid; grid-template-columns: 2.2em 1fr; column-gap: 0.3em; break-inside: avoid; }
.numbered .numbered { margin-left: 0; }
.num { text-align: left; }
.enactment .numbered { grid-template-columns: 7em 1fr; }
.closing { margin-top: 2em; }
.elucidation { break-before: page; }
.version-heading { border-bottom: 1px solid #000; margin: 0 0 2em; padding-bottom: 0.5em; font-size: 10pt; }
.version-heading p { text-align: left; margin: 0; }
mark { background: #ffe08a; }
@media screen { body { background: #f3f2f1; } main { background: #fff; padding: 20mm 25mm; box-shadow: 0 0 0 1px #b1b4b6; margin: 2em auto; } }
`;
