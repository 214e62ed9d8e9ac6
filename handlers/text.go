package handlers

// Citizen-facing text, kept apart from the logic. Each message has an
// Indonesian form and, where citizens write English, an English one.

type msg struct{ id, en string }

func (m msg) in(english bool) string {
	if english && m.en != "" {
		return m.en
	}
	return m.id
}

const msgNotYet = "Maaf, Kak, layanan ini belum tersedia. Ketik /petugas untuk bicara dengan petugas."

var (
	msgWelcome = msg{
		id: "Halo, Kak %s! 👋 Saya asisten <b>Layanan Warga</b>.\n\n" +
			"Tanyakan persyaratan dan cara mengurus layanan publik dengan bahasa sehari-hari, misalnya:\n" +
			"• <i>syarat bikin ktp baru apa aja?</i>\n• <i>kk hilang gimana ngurusnya?</i>\n• <i>perpanjang sim online bisa?</i>\n\n" +
			"Setiap jawaban menyebutkan sumbernya. Cek permohonan dengan /status, dan ketik /petugas kapan saja untuk bicara dengan petugas.\n\n" +
			"Atau pilih kategori di bawah ini:",
		en: "Hello, %s! 👋 I'm the <b>Layanan Warga</b> assistant.\n\n" +
			"Ask me about the requirements and steps of Indonesian public services in your own words. " +
			"Every answer names its source. Check an application with /status, and type /petugas at any time to talk to an officer.\n\n" +
			"Or pick a category below:",
	}
	msgHelp = msg{
		id: "<b>Cara memakai bot ini</b>\n\n" +
			"• Tulis pertanyaan Kakak seperti biasa, misalnya <i>akte kelahiran anak syaratnya apa</i>.\n" +
			"• /menu — daftar layanan per kategori\n" +
			"• /status — cek status permohonan (nomor permohonan dan kode verifikasi dari tanda terima)\n" +
			"• /petugas — bicara dengan petugas\n" +
			"• /selesai — mengakhiri percakapan dengan petugas\n" +
			"• /pengumuman — terima (atau berhenti menerima) pengumuman kantor layanan\n" +
			"• /survei — isi Survei Kepuasan Masyarakat tentang layanan yang Kakak terima (anonim)\n" +
			"• /datasaya dan /hapusdata — lihat atau hapus data Kakak yang kami simpan\n\n" +
			"Saya memahami teks. Foto, stiker, dan pesan suara belum bisa saya baca; untuk itu silakan /petugas.",
		en: "<b>How to use this bot</b>\n\n" +
			"• Type your question, e.g. <i>how do I get a birth certificate</i>.\n" +
			"• /menu — services by category\n" +
			"• /status — check an application (tracking number and the verify code on your receipt)\n" +
			"• /petugas — talk to an officer; /selesai — end that chat\n" +
			"• /pengumuman — receive (or stop) the office's announcements\n" +
			"• /survei — rate a service you received in the satisfaction survey (anonymous)\n" +
			"• /datasaya and /hapusdata — see or delete the data we keep about you\n\n" +
			"I read text only; for photos, stickers or voice notes please use /petugas.",
	}
	msgMenu             = msg{id: "Silakan pilih kategori layanan, Kak:", en: "Please pick a category:"}
	msgCategory         = msg{id: "Layanan di kategori <b>%s</b>. Pilih yang Kakak perlukan:", en: "Services in <b>%s</b>. Pick one:"}
	msgNoArticles       = msg{id: "Maaf, Kak, basis pengetahuan sedang kosong. Ketik /petugas untuk bicara dengan petugas.", en: "Sorry, the knowledge base is empty right now. Type /petugas to talk to an officer."}
	msgGreeting         = msg{id: "Halo, Kak! 😊 Ada yang bisa saya bantu? Tulis saja pertanyaannya, misalnya <i>syarat bikin kk baru</i>, atau ketik /menu untuk melihat daftar layanan.", en: "Hello! 😊 How can I help? Ask me anything about public services, or type /menu to see the list."}
	msgThanks           = msg{id: "Sama-sama, Kak! 🙏 Semoga urusannya lancar. Kalau ada pertanyaan lain, tulis saja ya.", en: "You're welcome! 🙏 Good luck — ask me anything else any time."}
	msgSpam             = msg{id: "Maaf, Kak, saya hanya melayani pertanyaan seputar layanan publik.", en: "Sorry, I can only help with questions about public services."}
	msgEmpty            = msg{id: "Kak, saya belum menangkap pertanyaannya. 🙂 Tulis dengan kata-kata, misalnya <i>cara bikin akta kelahiran</i>, atau ketik /petugas untuk bicara dengan petugas.", en: "I didn't catch a question there. 🙂 Please type it in words, e.g. <i>how to get a birth certificate</i>, or type /petugas to talk to an officer."}
	msgMedia            = msg{id: "Maaf, Kak, saya belum bisa membaca %s. Silakan tulis pertanyaannya dalam bentuk teks, atau ketik /petugas agar petugas kami yang membantu.", en: "Sorry, I can't read %s yet. Please type your question, or type /petugas so an officer can help."}
	msgTooLong          = msg{id: "Pesan Kakak cukup panjang, jadi saya baca bagian awalnya saja. Kalau jawabannya kurang pas, tulis pertanyaan intinya dalam satu-dua kalimat, ya.", en: "Your message is long, so I read its beginning only. If the answer misses, please ask the key question in a sentence or two."}
	msgNoAnswer         = msg{id: "Maaf, Kak, saya belum menemukan jawaban yang tepat di basis pengetahuan kami. 🙏\nPertanyaan Kakak sudah kami catat agar informasinya dilengkapi.\n\nKakak bisa menulis ulang pertanyaannya dengan kata lain, melihat /menu, atau bicara langsung dengan petugas.", en: "Sorry, I couldn't find a reliable answer in our knowledge base. 🙏 I've noted your question so that we can add it.\n\nYou can rephrase it, browse /menu, or talk to an officer."}
	msgNoAnswerTwice    = msg{id: "Sepertinya saya belum bisa membantu pertanyaan ini, Kak. Mau saya sambungkan dengan petugas? Mereka bisa melihat percakapan kita, jadi Kakak tidak perlu mengulang.", en: "It seems I can't help with this one. Shall I connect you to an officer? They will see our conversation, so you won't need to repeat yourself."}
	msgPartMissing      = msg{id: "Artikel ini tidak menyebut soal %s, Kak. Berikut ringkasannya:", en: "This article says nothing specific about the %s. Here is the overview:"}
	msgEnglishNote      = msg{en: "ℹ️ Our articles are written in Indonesian; here is the part you asked about."}
	btnWhole            = msg{id: "📖 Selengkapnya", en: "📖 Full article"}
	btnAlso             = msg{id: "➕ %s", en: "➕ %s"}
	msgChat             = msg{id: "Hehe, saya asisten Layanan Warga, Kak 😊 Saya bisa bantu info syarat, biaya, dan cara mengurus layanan publik (KTP, KK, akta, SKCK, SIM, paspor, BPJS, dan lainnya), cek /status permohonan, atau menyambungkan Kakak dengan /petugas. Ada yang mau ditanyakan?", en: "I'm the Layanan Warga assistant 😊 I can help with the requirements, costs and steps of public services (ID card, family card, certificates, police certificate, driving licence, passport, BPJS and more), check an application with /status, or connect you to an officer with /petugas. What would you like to know?"}
	msgComplaintPath    = msg{id: "Mohon maaf atas pengalaman yang kurang menyenangkan, Kak 🙏 Keluhan Kakak penting bagi kami.\n\n<b>1. Ke petugas kami di sini:</b> tekan tombol di bawah. Kasus Kakak ditandai sebagai <b>keluhan</b> dan didahulukan.", en: "We're sorry about your experience 🙏 Your complaint matters to us.\n\n<b>1. To our officers here:</b> press the button below. Your case is marked as a <b>complaint</b> and handled first."}
	msgComplaintChannel = msg{id: "<b>2. Lewat kanal pengaduan resmi:</b> %s", en: "<b>2. Through the official complaints channel</b> (in Indonesian): %s"}
	msgUnknownCommand   = msg{id: "Maaf, Kak, perintah /%s tidak saya kenal. Ini yang bisa saya lakukan:", en: "Sorry, I don't know the command /%s. Here is what I can do:"}
	btnComplain         = msg{id: "📣 Sampaikan keluhan ke petugas", en: "📣 File a complaint with an officer"}
	btnAbout            = msg{id: "ℹ️ %s", en: "ℹ️ %s"}
	msgNearMiss         = msg{id: "Maaf, Kak, untuk kebutuhan itu kami belum punya informasinya. 🙏 Artikel yang paling dekat adalah <b>%s</b>: mungkin berkaitan, tapi belum tentu menjawab pertanyaan Kakak.\n\nPetugas kami bisa membantu langsung.", en: "Sorry, we have no information on that particular need. 🙏 The closest article we have is <b>%s</b>: it may be related, but it may not answer your question.\n\nAn officer can help you directly."}
	msgAmbiguous        = msg{id: "Maksud Kakak yang mana? Pilih salah satu:", en: "Which one do you mean? Pick one:"}
	msgWhichFor         = msg{id: "%s untuk yang mana, Kak? Pilih salah satu:", en: "%s of which one? Pick one:"}
	msgSource           = msg{id: "📄 <b>Sumber:</b> %s", en: "📄 <b>Source:</b> %s"}
	msgCut              = msg{id: "✂️ <i>Artikel ini panjang, jadi yang saya kirim hanya bagian awalnya. Selengkapnya ada di sumber resminya:</i>", en: "✂️ <i>This article is long, so I sent only its beginning. The full text is at its official source:</i>"}
	msgUpdated          = msg{id: "diperbarui %s", en: "updated %s"}
	msgVoteUp           = msg{id: "Terima kasih atas penilaiannya, Kak! 🙏", en: "Thanks for your feedback! 🙏"}
	msgVoteDown         = msg{id: "Terima kasih, Kak. Masukan ini kami pakai untuk memperbaiki jawaban. Kalau perlu, tekan 🙋 untuk bicara dengan petugas.", en: "Thank you — we'll use this to improve the answer. If you need, press 🙋 to talk to an officer."}
	msgGone             = msg{id: "Maaf, Kak, informasi itu sudah tidak tersedia.", en: "Sorry, that information is no longer available."}

	btnUp       = msg{id: "👍 Membantu", en: "👍 Helpful"}
	msgSlowDown = msg{id: "Pelan-pelan, Kak 🙏 Pesan Kakak masuk terlalu cepat, jadi sebagian tidak kami proses. Tunggu sebentar, lalu kirim lagi dalam satu pesan ya.", en: "Slow down a little, please 🙏 Your messages came too fast, so some were not processed. Please wait a moment, then send it again in one message."}
	btnDown     = msg{id: "👎 Kurang tepat", en: "👎 Not helpful"}
	btnHuman    = msg{id: "🙋 Bicara dengan petugas", en: "🙋 Talk to an officer"}
	btnMenu     = msg{id: "📋 Daftar layanan", en: "📋 All services"}
)

// mediaNames are how a message without text is named in the reply.
var mediaNames = map[string][2]string{
	"photo":      {"foto", "photos"},
	"sticker":    {"stiker", "stickers"},
	"voice":      {"pesan suara", "voice notes"},
	"audio":      {"file audio", "audio files"},
	"video":      {"video", "videos"},
	"video_note": {"video bulat", "video notes"},
	"animation":  {"GIF", "GIFs"},
	"document":   {"dokumen", "documents"},
	"location":   {"lokasi", "locations"},
	"contact":    {"kontak", "contacts"},
	"poll":       {"polling", "polls"},
}

var msgScript = msg{
	id: "Maaf, Kak, saya baru memahami bahasa Indonesia dan bahasa Inggris. Silakan tulis pertanyaannya dalam salah satu bahasa itu, atau ketik /petugas.",
	en: "Sorry, I understand Indonesian and English only. Please write in one of them, or type /petugas to talk to an officer.",
}
