package storage_test

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/layananwarga/helpdesk/knowledge"
	"github.com/layananwarga/helpdesk/storage"
)

func testArticle(id, title string) knowledge.Article {
	return knowledge.Article{
		ID: id, Title: title, Category: "kependudukan",
		Keywords: []string{"ktp", "e-ktp"}, Questions: []string{"syarat bikin ktp?"},
		Source: "https://dukcapil.kemendagri.go.id", Updated: "2026-11-01",
		Verified: "2026-10-15", Body: "Isi artikel " + title + ".",
	}
}

func TestSaveArticleVersions(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	clock := time.Date(2026, 11, 27, 8, 0, 0, 0, time.FixedZone("WIB", 7*3600))
	db.Now = func() time.Time { return clock }

	a := testArticle("ktp-baru", "KTP Baru")
	ch, err := db.SaveArticle(ctx, a, "cli")
	if err != nil {
		t.Fatal(err)
	}
	if ch.Action != storage.ArticleCreated || ch.Version != 1 || ch.Before != nil {
		t.Fatalf("first save=%+v, want created v1", ch)
	}
	got, err := db.FindArticle(ctx, "ktp-baru")
	if err != nil || !reflect.DeepEqual(got, a) {
		t.Fatalf("FindArticle=%+v, %v; want %+v", got, err, a)
	}

	ch, err = db.SaveArticle(ctx, a, "cli")
	if err != nil || ch.Action != storage.ArticleUnchanged || ch.Version != 1 || ch.Before == nil {
		t.Fatalf("same save=%+v, %v; want unchanged v1", ch, err)
	}

	// A new check of the figures alone is a change worth a version.
	b := a
	b.Verified = "2026-12-02"
	ch, err = db.SaveArticle(ctx, b, "admin:42")
	if err != nil || ch.Action != storage.ArticleUpdated || ch.Version != 2 || ch.Before.Verified != "2026-10-15" {
		t.Fatalf("re-verify=%+v, %v; want updated v2 with the old verified day before", ch, err)
	}
	b.Title = "KTP-el Baru"
	b.Keywords = nil
	ch, err = db.SaveArticle(ctx, b, "admin:42")
	if err != nil || ch.Action != storage.ArticleUpdated || ch.Version != 3 || ch.Before.Title != "KTP Baru" {
		t.Fatalf("update=%+v, %v; want updated v3 with the old title before", ch, err)
	}
	if got, _ := db.FindArticle(ctx, "ktp-baru"); !reflect.DeepEqual(got, b) {
		t.Fatalf("after update=%+v, want %+v", got, b)
	}

	if err := db.DeleteArticle(ctx, "ktp-baru", "admin:42"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.FindArticle(ctx, "ktp-baru"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("FindArticle after delete: %v, want ErrNotFound", err)
	}
	if err := db.DeleteArticle(ctx, "ktp-baru", "admin:42"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("second delete: %v, want ErrNotFound", err)
	}
	if n, _ := db.CountArticles(ctx); n != 0 {
		t.Fatalf("CountArticles=%d after delete, want 0", n)
	}

	ch, err = db.SaveArticle(ctx, a, "admin:7")
	if err != nil || ch.Action != storage.ArticleRestored || ch.Version != 5 {
		t.Fatalf("save over deleted=%+v, %v; want restored v5", ch, err)
	}

	vs, err := db.ListArticleVersions(ctx, "ktp-baru")
	if err != nil {
		t.Fatal(err)
	}
	wantActions := []string{"create", "update", "update", "delete", "restore"}
	wantActors := []string{"cli", "admin:42", "admin:42", "admin:42", "admin:7"}
	if len(vs) != 5 {
		t.Fatalf("%d versions, want 5", len(vs))
	}
	for i, v := range vs {
		if v.Version != i+1 || v.Action != wantActions[i] || v.Actor != wantActors[i] {
			t.Fatalf("version %d=%+v, want %s by %s", i+1, v, wantActions[i], wantActors[i])
		}
		if !v.CreatedAt.Equal(clock) || v.CreatedAt.Location() != time.UTC {
			t.Fatalf("CreatedAt=%v, want %v in UTC", v.CreatedAt, clock)
		}
	}
	// The delete version keeps the content the article had.
	old, err := vs[3].Article()
	if err != nil || !reflect.DeepEqual(old, b) {
		t.Fatalf("deleted version=%+v, %v; want %+v", old, err, b)
	}
	v3, err := db.FindArticleVersion(ctx, "ktp-baru", 3)
	if err != nil || v3.Content != string(knowledge.Render(b)) {
		t.Fatalf("FindArticleVersion=%+v, %v", v3, err)
	}
	if _, err := db.FindArticleVersion(ctx, "ktp-baru", 9); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("missing version: %v, want ErrNotFound", err)
	}
	if vs, err := db.ListArticleVersions(ctx, "nope"); err != nil || len(vs) != 0 {
		t.Fatalf("versions of unknown id=%v, %v", vs, err)
	}
}

func TestListArticles(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	for _, a := range []knowledge.Article{
		{ID: "sim", Title: "SIM", Category: "lalu-lintas", Body: "x"},
		{ID: "ktp-b", Title: "KTP B", Category: "kependudukan", Body: "x"},
		{ID: "ktp-a", Title: "KTP A", Category: "kependudukan", Body: "x"},
	} {
		if _, err := db.SaveArticle(ctx, a, "cli"); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.DeleteArticle(ctx, "sim", "cli"); err != nil {
		t.Fatal(err)
	}
	list, err := db.ListArticles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].ID != "ktp-a" || list[1].ID != "ktp-b" || list[0].Keywords != nil {
		t.Fatalf("ListArticles=%+v", list)
	}
	if n, err := db.CountArticles(ctx); err != nil || n != 2 {
		t.Fatalf("CountArticles=%d, %v; want 2", n, err)
	}
	if _, err := db.FindArticle(ctx, "nope"); !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("FindArticle(nope): %v", err)
	}
}

func TestSaveArticlesAllOrNothing(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	good := testArticle("a", "A")
	if _, err := db.SaveArticles(ctx, []knowledge.Article{good, {Title: "no id"}}, "cli"); err == nil {
		t.Fatal("SaveArticles with an empty id succeeded")
	}
	if n, _ := db.CountArticleVersions(ctx); n != 0 {
		t.Fatalf("%d versions after a failed batch, want 0", n)
	}
	chs, err := db.SaveArticles(ctx, []knowledge.Article{good, testArticle("b", "B")}, "cli")
	if err != nil || len(chs) != 2 || chs[1].Action != storage.ArticleCreated {
		t.Fatalf("SaveArticles=%+v, %v", chs, err)
	}
	if n, _ := db.CountArticleVersions(ctx); n != 2 {
		t.Fatalf("CountArticleVersions=%d, want 2", n)
	}
}
