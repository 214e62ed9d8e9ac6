package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/layananwarga/helpdesk"
	"github.com/layananwarga/helpdesk/skm"
)

// lowestShown is how many of the weakest elements the printed report names
// for improvement.
const lowestShown = 3

// runReportSKM prints the satisfaction index of the survey responses of a
// period and service: one JSON object with --json, otherwise a report in the
// shape units publish.
func runReportSKM(ctx context.Context, args []string, env *Env) int {
	fs := flag.NewFlagSet("report skm", flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fromS := fs.String("from", "", "first day, YYYY-MM-DD (default: the first response)")
	toS := fs.String("to", "", "last day, YYYY-MM-DD (default: the last response)")
	service := fs.String("service", "", "one service's key, as the report lists them (default: all)")
	asJSON := fs.Bool("json", false, `print {"respondents", "elements", "ikm", "grade"} as one JSON object`)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(env.Stderr, "report skm: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	f := helpdesk.SurveyFilter{From: *fromS, To: *toS, Service: strings.TrimSpace(*service)}
	for _, d := range []struct{ flag, v string }{{"--from", f.From}, {"--to", f.To}} {
		if _, err := time.Parse("2006-01-02", d.v); d.v != "" && err != nil {
			fmt.Fprintf(env.Stderr, "report skm: %s %q: want YYYY-MM-DD\n", d.flag, d.v)
			return 2
		}
	}
	if f.From != "" && f.To != "" && f.From > f.To {
		fmt.Fprintf(env.Stderr, "report skm: --from %s is after --to %s\n", f.From, f.To)
		return 2
	}
	cfg, err := env.Config()
	if err != nil {
		fmt.Fprintln(env.Stderr, "configuration:", err)
		return 2
	}
	db, err := env.OpenDB(ctx, cfg)
	if err != nil {
		fmt.Fprintln(env.Stderr, "database:", err)
		return 1
	}
	defer db.Close()
	st, err := db.SurveyStats(ctx, f)
	if err != nil {
		fmt.Fprintln(env.Stderr, "report skm:", err)
		return 1
	}
	res, err := st.Tally.Result()
	if err != nil && !errors.Is(err, skm.ErrNoResponses) {
		fmt.Fprintln(env.Stderr, "report skm:", err)
		return 1
	}
	if st.Tally.Respondents == 0 {
		fmt.Fprintln(env.Stderr, "report skm: no responses for this period and service")
	}
	if *asJSON {
		b, err := json.Marshal(skmJSON(res))
		if err != nil {
			fmt.Fprintln(env.Stderr, "report skm:", err)
			return 1
		}
		fmt.Fprintln(env.Stdout, string(b))
		return 0
	}
	printSKM(env.Stdout, st, res)
	return 0
}

// skmOut is the JSON of the contract. IKM is written with two decimals;
// without respondents there is no index, and ikm and grade are null.
type skmOut struct {
	Respondents int             `json:"respondents"`
	Elements    []float64       `json:"elements"`
	IKM         json.RawMessage `json:"ikm"`
	Grade       *string         `json:"grade"`
}

func skmJSON(r skm.Result) skmOut {
	out := skmOut{Respondents: r.Respondents, Elements: []float64{}, IKM: json.RawMessage("null")}
	if r.Respondents == 0 {
		return out
	}
	out.Elements = r.Averages[:]
	out.IKM = json.RawMessage(fmt.Sprintf("%.2f", r.IKM))
	grade := r.Grade
	out.Grade = &grade
	return out
}

// comma writes a figure as Indonesian documents do: 76,39.
func comma(x float64, decimals int) string {
	return strings.Replace(fmt.Sprintf("%.*f", decimals, x), ".", ",", 1)
}

// printSKM writes the report in the shape units publish: the period and
// service, the average of each element with its grade, the index and grade
// of the unit, the respondents' profile, the services, and the elements to
// improve first.
func printSKM(w io.Writer, st helpdesk.SurveyStats, r skm.Result) {
	fmt.Fprintln(w, "LAPORAN SURVEI KEPUASAN MASYARAKAT (SKM)")
	fmt.Fprintln(w, "Dasar: "+skm.Regulation)
	from, to := st.Filter.From, st.Filter.To
	if from == "" {
		from = st.FirstDay
	}
	if to == "" {
		to = st.LastDay
	}
	if from == "" && to == "" {
		fmt.Fprintln(w, "Periode: -")
	} else {
		fmt.Fprintf(w, "Periode: %s s.d. %s\n", from, to)
	}
	label := "semua layanan"
	if st.Filter.Service != "" {
		label = st.Filter.Service
		for _, s := range st.Services {
			if s.Label != "" {
				label = s.Label + " (" + s.Service + ")"
			}
		}
	}
	fmt.Fprintf(w, "Layanan: %s\n", label)
	fmt.Fprintf(w, "Jumlah responden: %d\n\n", r.Respondents)
	if r.Respondents == 0 {
		fmt.Fprintln(w, "Belum ada responden pada periode dan layanan ini.")
		return
	}

	fmt.Fprintln(w, "NILAI PER UNSUR PELAYANAN")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "No\tUnsur pelayanan\tNRR\tNRR x 25\tMutu")
	for i, e := range skm.Elements {
		avg := r.Averages[i]
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.Code, e.Name, comma(avg, 2), comma(avg*skm.Conversion, 2), skm.Grade(avg*skm.Conversion))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nIKM (rata-rata NRR x 25): %s\n", comma(r.IKM, 2))
	fmt.Fprintf(w, "Mutu pelayanan: %s, kinerja unit pelayanan: %s\n", r.Grade, strings.ToUpper(r.Band.Performance))
	fmt.Fprintf(w, "(A 88,31–100,00 sangat baik; B 76,61–88,30 baik; C 65,00–76,60 kurang baik; D 25,00–64,99 tidak baik)\n\n")

	fmt.Fprintln(w, "PROFIL RESPONDEN")
	for _, q := range skm.Profile {
		counts := st.Profile[q.Key]
		var parts []string
		for _, o := range q.Options {
			if n := counts[o.Code]; n > 0 {
				parts = append(parts, fmt.Sprintf("%s %d (%s%%)", o.Label, n, comma(100*float64(n)/float64(r.Respondents), 0)))
			}
		}
		if n := r.Respondents - sumKnown(counts, q); n > 0 {
			parts = append(parts, fmt.Sprintf("tidak diisi %d", n))
		}
		fmt.Fprintf(w, "%-14s %s\n", q.Title+":", strings.Join(parts, "; "))
	}

	if len(st.Services) > 1 || st.Filter.Service == "" {
		fmt.Fprintln(w, "\nPER LAYANAN")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "Layanan\tKode\tResponden\tIKM\tMutu")
		svcs := append([]helpdesk.SurveyServiceStats(nil), st.Services...)
		sort.SliceStable(svcs, func(i, j int) bool { return svcs[i].Tally.Respondents > svcs[j].Tally.Respondents })
		for _, s := range svcs {
			sr, err := s.Tally.Result()
			if err != nil {
				continue
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", s.Label, s.Service, sr.Respondents, comma(sr.IKM, 2), sr.Grade)
		}
		tw.Flush()
	}

	fmt.Fprintln(w, "\nUNSUR YANG PERLU DIPERBAIKI (NRR terendah)")
	for n, i := range r.Lowest(lowestShown) {
		e := skm.Elements[i]
		fmt.Fprintf(w, "%d. %s %s: NRR %s, mutu %s\n", n+1, e.Code, e.Name, comma(r.Averages[i], 2), skm.Grade(r.Averages[i]*skm.Conversion))
	}
}

// sumKnown counts the respondents who gave one of q's answers.
func sumKnown(counts map[string]int, q skm.Question) int {
	n := 0
	for _, o := range q.Options {
		n += counts[o.Code]
	}
	return n
}
