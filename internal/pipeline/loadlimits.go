package pipeline

// NoLimits lifts every rate limit: for a local Bot API test server or a load
// test, never for api.telegram.org.
var NoLimits = SenderOptions{Private: Unlimited, Group: Unlimited, Global: Unlimited}
