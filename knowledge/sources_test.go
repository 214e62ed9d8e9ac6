package knowledge

import (
	"net/url"
	"testing"
)

// isHomePage reports whether a source link is a site's front page (no path
// and no query), which supports none of an article's figures.
func isHomePage(link string) bool {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return false
	}
	return (u.Path == "" || u.Path == "/") && u.RawQuery == ""
}

func TestIsHomePage(t *testing.T) {
	for link, want := range map[string]bool{
		"https://www.bpjs-kesehatan.go.id":                        true,
		"https://skck.polri.go.id/":                               true,
		"https://karawang.imigrasi.go.id/?p=4352":                 false,
		"https://peraturan.go.id/id/pp-no-76-tahun-2020":          false,
		"https://dukcapil.kemendagri.go.id/blog/read/ktp-el-baru": false,
	} {
		if got := isHomePage(link); got != want {
			t.Errorf("isHomePage(%q)=%v, want %v", link, got, want)
		}
	}
}

// TestBundledSourcesAreSpecific keeps the bundled base traceable: every
// article names a source, and at most a tenth of them are a home page.
func TestBundledSourcesAreSpecific(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	var home []string
	for _, a := range arts {
		if a.Source == "" {
			t.Errorf("%s has no source", a.ID)
		}
		if isHomePage(a.Source) {
			home = append(home, a.ID+" ("+a.Source+")")
		}
	}
	if len(home)*10 > len(arts) {
		t.Fatalf("%d of %d sources are home pages (at most 10%% allowed): %v", len(home), len(arts), home)
	}
}
