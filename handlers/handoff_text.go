package handlers

// Text of the officer hand-off: citizen-facing in Indonesian (and English
// where citizens write it), officer-facing in Indonesian.

var (
	msgCaseOpened = msg{
		id: "Baik, Kak%s. 🙏 Permintaan Kakak sudah kami teruskan ke petugas (kasus <b>#%d</b>).\n\n" +
			"Petugas bisa melihat percakapan kita tadi, jadi Kakak tidak perlu mengulang. Silakan tulis di sini apa saja yang perlu disampaikan — " +
			"foto dan dokumen juga bisa. Ketik /selesai kalau sudah selesai.",
		en: "Sure%s. 🙏 I've passed your request to an officer (case <b>#%d</b>).\n\n" +
			"The officer can see our conversation, so you don't need to repeat yourself. Write anything you need here — " +
			"photos and documents are fine too. Type /selesai when you are done.",
	}
	msgCasePriority = msg{id: "Keluhan Kakak kami tandai sebagai <b>prioritas</b>.", en: "Your complaint is marked as <b>priority</b>."}
	msgQueuePlace   = msg{id: "⏳ Antrian Kakak saat ini: <b>%d</b>.", en: "⏳ Your place in the queue: <b>%d</b>."}
	msgCaseAfterHrs = msg{
		id: "🕗 Saat ini di luar jam layanan petugas. Petugas akan membalas mulai <b>%s</b>. Pesan Kakak tetap kami teruskan dan tidak akan hilang.",
		en: "🕗 Officers are off duty right now. They will reply from <b>%s</b>. Your messages are passed on and won't be lost.",
	}
	msgQueueWaiting = msg{
		id: "Pesan Kakak sudah kami teruskan. ⏳ Petugas akan segera membalas — antrian Kakak saat ini: <b>%d</b>.",
		en: "Your message has been passed on. ⏳ An officer will reply soon — your place in the queue: <b>%d</b>.",
	}
	msgCaseAlready = msg{
		id: "Kakak sudah terhubung dengan petugas (kasus <b>#%d</b>). Silakan tulis pesan Kakak di sini, atau ketik /selesai untuk mengakhiri.",
		en: "You are already connected to an officer (case <b>#%d</b>). Just write here, or type /selesai to end it.",
	}
	msgNoOfficers = msg{
		id: "Maaf, Kak, layanan petugas belum tersedia di sini. 🙏 Silakan hubungi kantor layanan terdekat.",
		en: "Sorry, officers are not available here yet. 🙏 Please contact your nearest service office.",
	}
	msgOfficerJoined  = msg{id: "👮 <b>%s</b> (petugas) bergabung dalam percakapan.", en: "👮 <b>%s</b> (officer) joined the conversation."}
	msgCaseClaimedCtz = msg{id: "👮 Petugas <b>%s</b> sedang menangani permintaan Kakak.", en: "👮 Officer <b>%s</b> is handling your request."}
	msgCaseClosedCtz  = msg{
		id: "✅ Percakapan dengan petugas sudah selesai (kasus <b>#%d</b>). Terima kasih, Kak!\n\nBagaimana pelayanan kami? Beri nilai 1 (buruk) sampai 5 (sangat baik):",
		en: "✅ Your conversation with the officer has ended (case <b>#%d</b>). Thank you!\n\nHow was our service? Rate it from 1 (poor) to 5 (excellent):",
	}
	msgNoOpenCase   = msg{id: "Kakak sedang tidak terhubung dengan petugas. Ketik /petugas kalau ingin bicara dengan petugas.", en: "You are not talking to an officer right now. Type /petugas if you'd like to."}
	msgRated        = msg{id: "Terima kasih atas nilainya, Kak! ⭐ Kalau ada saran atau komentar, tulis saja di sini (atau ketik /lewati).", en: "Thanks for rating us! ⭐ If you have a comment, write it here (or type /lewati to skip)."}
	msgRateOnce     = msg{id: "Nilai untuk kasus ini sudah tercatat. Terima kasih!", en: "This case is already rated. Thank you!"}
	msgCommentSaved = msg{id: "Terima kasih, Kak. Masukan Kakak sudah kami catat. 🙏", en: "Thank you — your comment is noted. 🙏"}
	msgCaseGone     = msg{id: "Kasus itu sudah tidak tersedia.", en: "That case is no longer available."}

	msgMyData = msg{
		id: "<b>Data Kakak yang kami simpan</b>\n\n%s\n\nData disimpan paling lama %d hari lalu dihapus otomatis. Untuk menghapusnya sekarang, ketik /hapusdata.",
		en: "<b>The data we keep about you</b>\n\n%s\n\nData is kept for at most %d days and then deleted automatically. To delete it now, type /hapusdata.",
	}
	msgMyDataNone = msg{id: "Kami tidak menyimpan data apa pun tentang Kakak.", en: "We don't keep any data about you."}
	msgEraseAsk   = msg{id: "Kakak yakin ingin menghapus semua data Kakak (profil, riwayat percakapan, dan transkrip dengan petugas)? Tindakan ini tidak bisa dibatalkan.", en: "Do you really want us to delete all your data (profile, conversation history and officer transcripts)? This cannot be undone."}
	msgEraseOpen  = msg{id: "Kakak masih terhubung dengan petugas. Ketik /selesai dulu, lalu /hapusdata lagi.", en: "You are still talking to an officer. Type /selesai first, then /hapusdata again."}
	msgErased     = msg{id: "✅ Data Kakak sudah kami hapus dari sistem kami: profil, riwayat percakapan, transkrip dengan petugas, penilaian, dan nomor permohonan yang Kakak cek.\n\nYang tidak bisa kami hapus adalah salinan di Telegram sendiri: riwayat chat ini di aplikasi Kakak (Kakak bisa menghapusnya lewat menu chat) dan di server Telegram. %s\n\nTerima kasih sudah memakai Layanan Warga. 🙏",
		en: "✅ Your data has been deleted from our system: profile, conversation history, officer transcripts, ratings and the application numbers you checked.\n\nWhat we cannot delete are the copies in Telegram itself: this chat in your app (you can delete it from the chat menu) and on Telegram's servers. %s\n\nThank you for using Layanan Warga. 🙏"}
	msgErasedTopicKept = msg{id: "Pesan Kakak yang pernah diteruskan ke grup petugas juga tetap ada di Telegram; nama dan ringkasan kasus di sana sudah kami hapus.",
		en: "Your messages forwarded to the officers' group also stay in Telegram; your name and the case summary there have been removed."}
	msgErasedTopicGone = msg{id: "Percakapan kasus Kakak di grup petugas juga sudah kami hapus.",
		en: "The case conversation in the officers' group has been deleted too."}
	msgEraseKept   = msg{id: "Baik, Kak, data tidak dihapus.", en: "OK, nothing was deleted."}
	msgAdminsOnly  = msg{id: "Maaf, Kak, perintah ini hanya untuk admin.", en: "Sorry, this command is for admins only."}
	btnEraseYes    = msg{id: "🗑 Ya, hapus data saya", en: "🗑 Yes, delete my data"}
	btnEraseNo     = msg{id: "Batal", en: "Cancel"}
	btnClaim       = "✋ Ambil"
	btnClose       = "✅ Tutup"
	officerDefault = "Petugas"
)

// Officer-facing text, in the officers' group.
const (
	grpErasedSummary = "📋 <b>Kasus #%d</b>\n🗑 Data warga pada kasus ini sudah dihapus atas permintaannya. Mohon jangan menyimpan salinan pesannya di luar Telegram."
	grpAnonymous     = "🕶 Anda mengirim sebagai admin anonim, jadi bot tidak tahu petugas mana yang bertindak; pesan atau perintah ini tidak dijalankan. Matikan <b>Tetap Anonim</b> (Remain Anonymous) di hak admin Anda, lalu kirim lagi."
	grpCheckFailed   = "⚠️ Keanggotaan Anda di grup ini belum bisa diperiksa, jadi pesan atau perintah ini belum dijalankan. Coba lagi sebentar lagi."
	ackCheckFailed   = "Keanggotaan Anda belum bisa diperiksa. Coba lagi sebentar lagi."
	grpClaimed       = "✋ Kasus #%d diambil oleh <b>%s</b>."
	grpClaimedBy     = "Kasus ini sudah diambil oleh %s."
	grpClosedBy      = "✅ Kasus #%d ditutup oleh <b>%s</b>. Warga diminta memberi nilai."
	grpClosedCitizen = "✅ Kasus #%d diakhiri oleh warga dengan /selesai."
	grpAlreadyClosed = "Kasus #%d sudah ditutup; pesan ini tidak diteruskan ke warga."
	grpQueueEmpty    = "Tidak ada kasus terbuka. 🎉"
	grpQueueHead     = "<b>Antrian kasus terbuka (%d)</b>\n"
	grpSLA           = "⏰ Kasus <b>#%d</b> (%s) sudah menunggu %s dan belum diambil. Mohon segera ditangani."
	grpRated         = "⭐ Warga memberi nilai <b>%d</b>/5 untuk kasus #%d."
	grpComment       = "💬 Komentar warga untuk kasus #%d: %s"
	grpForbidden     = "⚠️ Pesan untuk kasus #%d tidak terkirim: warga memblokir bot atau menghapus akunnya."
	grpRecreated     = "♻️ Topik kasus ini dibuat ulang karena topik sebelumnya dihapus atau ditutup."
	hintTopic        = "Balas di topik ini untuk menjawab warga; /tutup untuk menutup kasus."
	hintReplies      = "Balas (reply) pesan bot dari kasus ini untuk menjawab warga; /tutup sebagai balasan untuk menutup kasus."
	grpNoCase        = "Pesan ini tidak terhubung ke kasus mana pun. Balas (reply) pesan bot dari kasus yang dimaksud, atau tulis di topik kasusnya."
)
