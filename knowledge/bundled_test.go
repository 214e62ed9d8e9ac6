package knowledge

import "testing"

func TestBundled(t *testing.T) {
	arts, err := Bundled()
	if err != nil {
		t.Fatalf("Bundled: %v", err)
	}
	if len(arts) == 0 {
		t.Fatal("no bundled articles")
	}
	seen := map[string]bool{}
	for _, a := range arts {
		if seen[a.ID] {
			t.Fatalf("duplicate id %s", a.ID)
		}
		seen[a.ID] = true
		if a.Title == "" || a.Body == "" || a.Category == "" {
			t.Fatalf("article %s lacks title, body or category", a.ID)
		}
	}
	// Every bundled article can be found by its own title.
	b := NewBase(arts)
	for _, a := range arts {
		r := b.Search(t.Context(), a.Title, SearchOptions{Top: 3})
		found := false
		for _, h := range r.Hits {
			found = found || h.ID == a.ID
		}
		if !found {
			t.Fatalf("search for title %q gave %v, want %s in the top 3", a.Title, r.Hits, a.ID)
		}
	}
}
