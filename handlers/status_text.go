package handlers

import "github.com/layananwarga/helpdesk"

// statusInfo is how a status is explained to a citizen.
type statusInfo struct {
	icon    string
	label   msg
	meaning msg
	next    msg
	noteFor msg // what the note means for this status
}

var statusTexts = map[helpdesk.Status]statusInfo{
	helpdesk.StatusReceived: {
		icon:    "📥",
		label:   msg{id: "Diterima", en: "Received"},
		meaning: msg{id: "Berkas permohonan Kakak sudah kami terima dan masuk antrean.", en: "We have received your application and it is in the queue."},
		next:    msg{id: "Belum ada yang perlu Kakak lakukan. Simpan tanda terimanya baik-baik, ya.", en: "Nothing to do for now. Please keep your receipt."},
		noteFor: msg{id: "Catatan", en: "Note"},
	},
	helpdesk.StatusVerifying: {
		icon:    "🔎",
		label:   msg{id: "Verifikasi", en: "Verification"},
		meaning: msg{id: "Petugas sedang memeriksa kelengkapan dan keabsahan berkas Kakak.", en: "An officer is checking that your documents are complete and valid."},
		next:    msg{id: "Mohon ditunggu. Kalau ada yang kurang, statusnya akan menjadi <i>Perlu perbaikan</i> beserta keterangannya.", en: "Please wait. If anything is missing, the status becomes <i>Needs correction</i> with details."},
		noteFor: msg{id: "Catatan", en: "Note"},
	},
	helpdesk.StatusProcessing: {
		icon:    "⚙️",
		label:   msg{id: "Diproses", en: "In progress"},
		meaning: msg{id: "Berkas sudah lengkap dan dokumen Kakak sedang dibuat.", en: "Your documents are complete and your document is being made."},
		next:    msg{id: "Belum ada yang perlu Kakak lakukan. Kami kabari begitu dokumennya siap.", en: "Nothing to do for now. We will let you know when it is ready."},
		noteFor: msg{id: "Catatan", en: "Note"},
	},
	helpdesk.StatusDone: {
		icon:    "✅",
		label:   msg{id: "Selesai / siap diambil", en: "Done / ready for pickup"},
		meaning: msg{id: "Dokumen Kakak sudah jadi. 🎉", en: "Your document is ready. 🎉"},
		next:    msg{id: "Silakan ambil di kantor layanan pada jam kerja dengan membawa tanda terima dan KTP-el asli. Kalau diwakilkan, bawa juga surat kuasa.", en: "Please collect it at the service office during office hours with your receipt and your original KTP-el. Someone picking it up for you needs a letter of authorisation."},
		noteFor: msg{id: "Catatan", en: "Note"},
	},
	helpdesk.StatusRejected: {
		icon:    "⛔",
		label:   msg{id: "Ditolak", en: "Rejected"},
		meaning: msg{id: "Mohon maaf, permohonan ini tidak dapat dilanjutkan.", en: "We are sorry, this application cannot go ahead."},
		next:    msg{id: "Kakak bisa mengajukan ulang setelah alasan di bawah ini teratasi. Kalau ada yang kurang jelas, ketik /petugas.", en: "You may apply again once the reason below is resolved. If anything is unclear, type /petugas."},
		noteFor: msg{id: "Alasan", en: "Reason"},
	},
	helpdesk.StatusNeedsFix: {
		icon:    "✏️",
		label:   msg{id: "Perlu perbaikan", en: "Needs correction"},
		meaning: msg{id: "Ada berkas atau data yang perlu dilengkapi atau diperbaiki sebelum permohonan bisa dilanjutkan.", en: "Some documents or details must be completed or corrected before the application can go on."},
		next:    msg{id: "Lengkapi sesuai keterangan di bawah, lalu serahkan ke kantor layanan. Kalau bingung, ketik /petugas.", en: "Please complete it as described below and hand it in at the service office. If unsure, type /petugas."},
		noteFor: msg{id: "Yang perlu diperbaiki", en: "What to correct"},
	},
}

var (
	msgStatusAskNumber = msg{
		id: "Baik, Kak. Silakan kirim <b>nomor permohonan</b> yang tertera di tanda terima (misalnya <code>KTP-2026-000123</code>).",
		en: "Sure. Please send the <b>tracking number</b> printed on your receipt (e.g. <code>KTP-2026-000123</code>).",
	}
	msgStatusFollowing = msg{id: "<b>Permohonan yang Kakak ikuti:</b>", en: "<b>Applications you follow:</b>"}
	msgStatusBadNumber = msg{
		id: "Maaf, Kak, format nomor permohonannya belum saya kenali. Nomor permohonan terdiri dari huruf, angka, dan tanda <code>-</code> atau <code>/</code>, seperti di tanda terima. Silakan kirim lagi, ya.",
		en: "Sorry, I don't recognise that tracking number. It is made of letters, digits and <code>-</code> or <code>/</code>, as on your receipt. Please send it again.",
	}
	msgStatusAskCode = msg{
		id: "Terima kasih, Kak. Untuk menjaga kerahasiaan data, kirim <b>kode verifikasi</b> yang tertera di tanda terima permohonan <code>%s</code>.\n\nPesan berisi kode akan saya hapus dari percakapan ini setelah saya baca.",
		en: "Thank you. To keep your data private, please send the <b>verify code</b> printed on the receipt of application <code>%s</code>.\n\nI will delete the message with the code from this chat once I've read it.",
	}
	msgStatusBadCode = msg{
		id: "Kode verifikasi biasanya berupa 6 angka di tanda terima, Kak. Silakan kirim kodenya saja, atau ketik /status untuk mulai lagi.",
		en: "The verify code is usually 6 digits on your receipt. Please send just the code, or type /status to start again.",
	}
	msgStatusNoMatch = msg{
		id: "Maaf, Kak, nomor permohonan dan kode verifikasi itu tidak cocok dengan data kami. Periksa lagi tanda terimanya, lalu kirim kodenya sekali lagi. Kalau tetap tidak cocok, ketik /petugas.",
		en: "Sorry, that tracking number and verify code do not match our records. Please check your receipt and send the code again. If it still fails, type /petugas.",
	}
	msgStatusLocked = msg{
		id: "Demi keamanan, pengecekan nomor ini dari percakapan ini kami hentikan sementara karena terlalu banyak kode yang salah. Silakan coba lagi setelah %s, Kak. Kalau butuh bantuan sekarang, ketik /petugas.",
		en: "For security, checks on this number from this chat are paused after too many wrong codes. Please try again after %s. If you need help now, type /petugas.",
	}
	msgStatusTooMany = msg{
		id: "Maaf, Kak, hari ini sudah terlalu banyak nomor permohonan berbeda yang dicek dari percakapan ini. Silakan coba lagi besok, atau ketik /petugas.",
		en: "Sorry, too many different tracking numbers were checked from this chat today. Please try again tomorrow, or type /petugas.",
	}
	msgStatusCard       = msg{id: "📄 <b>Permohonan <code>%s</code></b>", en: "📄 <b>Application <code>%s</code></b>"}
	msgStatusService    = msg{id: "Layanan: %s", en: "Service: %s"}
	msgStatusName       = msg{id: "Atas nama: %s", en: "Applicant: %s"}
	msgStatusNow        = msg{id: "Status: %s <b>%s</b>", en: "Status: %s <b>%s</b>"}
	msgStatusNoNote     = msg{id: "belum dicantumkan; silakan tanyakan lewat /petugas", en: "not given yet; please ask via /petugas"}
	msgStatusHistory    = msg{id: "<b>Riwayat</b>", en: "<b>History</b>"}
	msgStatusFollowHint = msg{id: "Mau saya kabari setiap kali statusnya berubah?", en: "Shall I tell you whenever the status changes?"}
	msgStatusFollowed   = msg{id: "Kakak sudah mengikuti permohonan ini; saya kabari setiap kali statusnya berubah.", en: "You follow this application; I'll tell you whenever its status changes."}
	msgStatusSubscribed = msg{
		id: "Siap, Kak! 🔔 Saya akan mengabari Kakak setiap kali status permohonan <code>%s</code> berubah. Untuk berhenti, tekan tombol di bawah atau buka /status.",
		en: "Done! 🔔 I'll tell you whenever the status of application <code>%s</code> changes. To stop, press the button below or open /status.",
	}
	msgStatusUnsubscribed = msg{id: "Baik, Kak. Kabar untuk permohonan <code>%s</code> tidak akan saya kirim lagi.", en: "OK, I won't send updates about application <code>%s</code> any more."}
	msgStatusNotFollowing = msg{id: "Kakak sudah tidak mengikuti permohonan itu.", en: "You no longer follow that application."}
	msgStatusVerifyFirst  = msg{id: "Silakan cek ulang dengan /status dan kode verifikasi dulu, ya.", en: "Please check it again with /status and the verify code first."}
	msgStatusNotice       = msg{id: "🔔 <b>Kabar terbaru permohonan <code>%s</code></b>", en: "🔔 <b>Update on application <code>%s</code></b>"}
	msgStatusUnavailable  = msg{id: "Maaf, Kak, pengecekan status sedang tidak tersedia. Silakan coba lagi nanti atau ketik /petugas.", en: "Sorry, status checks are unavailable right now. Please try later or type /petugas."}

	btnStatusFollow     = msg{id: "🔔 Kabari saya", en: "🔔 Notify me"}
	btnStatusUnfollow   = msg{id: "🔕 Berhenti mengikuti", en: "🔕 Stop following"}
	btnStatusUnfollowNo = msg{id: "🔕 Berhenti: %s", en: "🔕 Stop: %s"}
)

// Replies in the officers' group (Indonesian only).
const (
	msgSetStatusUsage      = "Format: <code>/setstatus NOMOR STATUS [catatan]</code>\nStatus: %s.\nContoh: <code>/setstatus KTP-2026-000123 perlu perbaikan Foto KK buram</code>"
	msgSetStatusBadNo      = "Nomor permohonan tidak valid (3–40 huruf, angka, <code>-</code>, <code>/</code> atau <code>.</code>)."
	msgSetStatusBadSt      = "Status <b>%s</b> tidak dikenal.%s Pilih salah satu: %s."
	msgSetStatusDidYouMean = " Maksudnya <b>%s</b>?"
	msgSetStatusNone       = "Permohonan <code>%s</code> tidak ditemukan."
	msgSetStatusSame       = "Permohonan <code>%s</code> sudah berstatus <b>%s</b> dengan catatan yang sama; tidak ada perubahan."
	msgSetStatusDone       = "✅ Status permohonan <code>%s</code> sekarang <b>%s</b>.%s Warga yang mengikutinya akan diberi tahu."
	msgSetStatusNote       = " Catatan: %s."
)

// Indonesian month abbreviations for the timeline.
var monthsID = [...]string{"Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"}
