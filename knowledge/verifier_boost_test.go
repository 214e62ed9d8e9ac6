package knowledge

import (
	"math"
	"sort"
)

// Gradient-boosted trees on the log loss, for the verifier: small trees,
// shrunk, so that a few hundred examples cannot be learnt by heart.
type boostParams struct {
	rounds   int
	depth    int
	shrink   float64
	lambda   float64 // L2 on leaf values
	minLeaf  float64 // least hessian weight in a leaf
	features []int   // features the trees may split on
}

var defaultBoost = boostParams{rounds: 150, depth: 2, shrink: 0.1, lambda: 1, minLeaf: 5}

func fitBoost(ex []example, p boostParams) (base float64, trees [][]vnode) {
	if p.features == nil {
		for i := 1; i < numVerifierFeatures; i++ {
			p.features = append(p.features, i)
		}
	}
	// Start from the weighted log odds.
	var pos, all float64
	for _, e := range ex {
		all += exampleWeight(e)
		pos += exampleWeight(e) * e.y
	}
	base = math.Log(pos / (all - pos))
	z := make([]float64, len(ex))
	for i := range z {
		z[i] = base
	}
	g := make([]float64, len(ex))
	h := make([]float64, len(ex))
	for range p.rounds {
		for i, e := range ex {
			pr := 1 / (1 + math.Exp(-z[i]))
			w := exampleWeight(e)
			g[i] = w * (pr - e.y)
			h[i] = w * pr * (1 - pr)
		}
		idx := make([]int, len(ex))
		for i := range idx {
			idx[i] = i
		}
		var tr []vnode
		grow(&tr, ex, idx, g, h, p, 0)
		for i := range tr {
			if tr[i].f < 0 {
				tr[i].v *= float32(p.shrink)
			}
		}
		for i, e := range ex {
			z[i] += treeScore([][]vnode{tr}, e.x)
		}
		trees = append(trees, tr)
	}
	return base, trees
}

// grow appends the subtree for the examples idx and returns its index.
func grow(tr *[]vnode, ex []example, idx []int, g, h []float64, p boostParams, depth int) int16 {
	var G, H float64
	for _, i := range idx {
		G += g[i]
		H += h[i]
	}
	me := int16(len(*tr))
	*tr = append(*tr, vnode{f: -1, v: float32(-G / (H + p.lambda))})
	if depth == p.depth {
		return me
	}
	bestGain, bestF, bestT := 0.0, -1, 0.0
	parent := G * G / (H + p.lambda)
	vals := make([]int, len(idx))
	for _, f := range p.features {
		copy(vals, idx)
		sort.Slice(vals, func(a, b int) bool { return ex[vals[a]].x[f] < ex[vals[b]].x[f] })
		var gl, hl float64
		for k := 0; k+1 < len(vals); k++ {
			gl += g[vals[k]]
			hl += h[vals[k]]
			x, next := ex[vals[k]].x[f], ex[vals[k+1]].x[f]
			if x == next || hl < p.minLeaf || H-hl < p.minLeaf {
				continue
			}
			gr, hr := G-gl, H-hl
			gain := gl*gl/(hl+p.lambda) + gr*gr/(hr+p.lambda) - parent
			if gain > bestGain {
				bestGain, bestF, bestT = gain, f, (x+next)/2
			}
		}
	}
	if bestF < 0 {
		return me
	}
	var left, right []int
	for _, i := range idx {
		if ex[i].x[bestF] < bestT {
			left = append(left, i)
		} else {
			right = append(right, i)
		}
	}
	(*tr)[me].f, (*tr)[me].t = int8(bestF), float32(bestT)
	l := grow(tr, ex, left, g, h, p, depth+1)
	r := grow(tr, ex, right, g, h, p, depth+1)
	(*tr)[me].l, (*tr)[me].r = l, r
	return me
}

// vnode is a node of a verifier tree: a split on feature f at t (left when
// the feature is below t), or a leaf (f < 0) adding v to the score.
type vnode struct {
	f    int8
	t    float32
	l, r int16
	v    float32
}

// treeScore is the sum of the trees' leaves for v.
func treeScore(trees [][]vnode, v [numVerifierFeatures]float64) float64 {
	z := 0.0
	for _, tr := range trees {
		i := 0
		for tr[i].f >= 0 {
			if v[tr[i].f] < float64(tr[i].t) {
				i = int(tr[i].l)
			} else {
				i = int(tr[i].r)
			}
		}
		z += float64(tr[i].v)
	}
	return z
}
