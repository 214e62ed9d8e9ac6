package handlers

// Text of the satisfaction survey.

var (
	msgSurveyIntro = msg{
		id: "📝 <b>Survei Kepuasan Masyarakat</b>\n\nSembilan pertanyaan singkat tentang layanan yang Kakak terima, " +
			"menurut pedoman Permenpan RB 14/2017; cukup tekan tombol. Jawaban Kakak <b>anonim</b>: laporan tidak pernah " +
			"menampilkan siapa yang menjawab.\n\nLayanan apa yang Kakak nilai?",
		en: "📝 <b>Citizens' Satisfaction Survey</b>\n\nNine short questions about the service you received, following " +
			"the ministry's method (Permenpan RB 14/2017); just press the buttons. Your answers are <b>anonymous</b>: " +
			"no report shows who answered.\n\nWhich service are you rating?",
	}
	msgSurveyQuestion = msg{
		id: "📝 Survei · pertanyaan %d dari %d · layanan <b>%s</b>\n\n<b>%s</b>\n%s\n\nPilih 1 (terburuk) sampai 4 (terbaik):",
		en: "📝 Survey · question %d of %d · service <b>%s</b>\n\n<b>%s</b>\n%s\n\nChoose 1 (worst) to 4 (best):",
	}
	msgSurveyProfile = msg{
		id: "📝 Survei · tentang Kakak (boleh dilewati) · %d dari %d\n\n<b>%s</b>",
		en: "📝 Survey · about you (optional) · %d of %d\n\n<b>%s</b>",
	}
	msgSurveyThanks = msg{
		id: "🙏 Terima kasih, Kak! Jawaban Kakak untuk layanan <b>%s</b> sudah kami catat tanpa nama dan akan dipakai untuk memperbaiki layanan.",
		en: "🙏 Thank you! Your answers about <b>%s</b> are recorded without your name and will help us improve the service.",
	}
	msgSurveyAnswered = msg{
		id: "Kakak sudah mengisi survei untuk layanan <b>%s</b> dalam 30 hari terakhir. Terima kasih! Layanan lain bisa dinilai lewat /survei.",
		en: "You already answered the survey about <b>%s</b> in the last 30 days. Thank you! You can rate another service with /survei.",
	}
	msgSurveyResume = msg{
		id: "Kakak punya survei yang belum selesai (layanan <b>%s</b>, %d dari %d pertanyaan terjawab). Lanjutkan?",
		en: "You have an unfinished survey (service <b>%s</b>, %d of %d questions answered). Continue?",
	}
	msgSurveyInvite = msg{
		id: "📝 Boleh minta waktu sebentar, Kak? Bantu kami menilai layanan <b>%s</b> lewat <b>Survei Kepuasan Masyarakat</b>: " +
			"sembilan pertanyaan singkat, cukup tekan tombol, dan jawaban Kakak anonim.",
		en: "📝 Could you spare a minute? Help us rate <b>%s</b> in the <b>Citizens' Satisfaction Survey</b>: " +
			"nine short questions, just press the buttons, and your answers are anonymous.",
	}
	msgSurveyInviteAny = msg{
		id: "📝 Boleh minta waktu sebentar, Kak? Bantu kami menilai layanan yang Kakak terima lewat <b>Survei Kepuasan Masyarakat</b>: " +
			"sembilan pertanyaan singkat, cukup tekan tombol, dan jawaban Kakak anonim.",
		en: "📝 Could you spare a minute? Help us rate the service you received in the <b>Citizens' Satisfaction Survey</b>: " +
			"nine short questions, just press the buttons, and your answers are anonymous.",
	}
	msgSurveyLater    = msg{id: "Baik, Kak. Kapan saja bisa lewat /survei.", en: "Sure. Any time with /survei."}
	msgSurveyOver     = msg{id: "Survei ini sudah berakhir. Ketik /survei untuk mulai lagi.", en: "This survey has ended. Type /survei to start again."}
	msgSurveyStale    = msg{id: "Pertanyaan itu sudah terjawab; lanjutkan di pertanyaan terbaru.", en: "That one is answered; go on with the latest question."}
	msgSurveyOff      = msg{id: "Maaf, Kak, survei belum tersedia di sini.", en: "Sorry, the survey is not available here."}
	msgSurveyRecorded = msg{id: "✅ Tersimpan", en: "✅ Saved"}

	btnSurveyStart   = msg{id: "📝 Isi survei", en: "📝 Take the survey"}
	btnSurveyLater   = msg{id: "Lain kali", en: "Not now"}
	btnSurveyResume  = msg{id: "▶️ Lanjutkan", en: "▶️ Continue"}
	btnSurveyRestart = msg{id: "🔄 Mulai ulang", en: "🔄 Start over"}
	btnSurveyBack    = msg{id: "⬅️ Kembali", en: "⬅️ Back"}
	btnSurveySkip    = msg{id: "Lewati", en: "Skip"}
	btnSurveySkipAll = msg{id: "Lewati semua", en: "Skip all"}
	btnSurveyOther   = msg{id: "Lainnya", en: "Other"}
)

// surveyQuestionsEN are the nine questions in English, for citizens who
// write English; the method's own Indonesian wording is in skm.Elements.
var surveyQuestionsEN = [...]string{
	"How well do the requirements match the kind of service?",
	"How easy is the procedure of the service at this unit?",
	"How fast was the service delivered?",
	"How fair is the cost/fee of the service?",
	"How well does what you received match what the service standard lists?",
	"How competent/capable were the officers?",
	"How polite and friendly were the officers?",
	"How are complaints, suggestions and input handled?",
	"How good are the facilities and premises?",
}
