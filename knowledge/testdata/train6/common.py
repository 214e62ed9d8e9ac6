def R(q, ids, need, aspect, prev=""):
    return {"q": q, "ids": list(ids), "need": need, "aspect": aspect, "prev": prev}
