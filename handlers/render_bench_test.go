package handlers

import (
	"strings"
	"testing"

	"github.com/layananwarga/helpdesk/knowledge"
)

// benchArticle is an article body of the usual shape: headings, lists,
// emphasis and links, about 3 KB.
var benchArticle = strings.Repeat("## Persyaratan\n- **KTP-el** asli dan fotokopi\n- Kartu Keluarga, lihat [Dukcapil](https://dukcapil.kemendagri.go.id)\n  - dilegalisir bila *diminta*\n\n"+
	"## Prosedur\n1. Datang ke kantor kecamatan pada jam layanan.\n2. Ambil antrean di `loket 3`, atau daftar di https://www.lapor.go.id/antre.\n\n", 12)

func BenchmarkMarkdownToHTML(b *testing.B) {
	b.SetBytes(int64(len(benchArticle)))
	for b.Loop() {
		markdownToHTML(benchArticle, knowledge.LintOptions{})
	}
}
