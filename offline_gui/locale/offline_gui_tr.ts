<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutBox</name>
    <message>
        <location filename="../gui/about.py" line="+16"/>
        <source>&amp;About Offline Data Checker</source>
        <translation>Offline Data Checker &amp;hakkında</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About Offline Data Checker</source>
        <translation>Offline Data Checker hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Offline Data Checker&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Checks and fixes store exports for the platform&apos;s offline data upload, and sends them to the drop folder.</source>
        <translation>&lt;b&gt;Offline Data Checker&lt;/b&gt; {version}&lt;br&gt;&lt;br&gt;Mağaza dosyalarını platformun çevrim dışı veri yüklemesi için kontrol eder, düzeltir ve bırakma klasörüne gönderir.</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <location filename="../gui/data_table.py" line="+104"/>
        <source>Edit this cell</source>
        <translation>Bu hücreyi düzenle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What does this mean? (F1)</source>
        <translation>Bu ne demek? (F1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fix this: {fix}</source>
        <translation>Bunu düzelt: {fix}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix all like this ({title})</source>
        <translation>Bunun gibi hepsini düzelt ({title})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../gui/dialogs.py" line="+18"/>
        <source>Which one?</source>
        <translation>Hangisi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open this one:</source>
        <translation>Şunu aç:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Kaydedilmemiş değişiklikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have changes that are not saved for upload yet.

Discard them?</source>
        <translation>Yükleme için henüz kaydedilmemiş değişiklikleriniz var.

Bu değişiklikler silinsin mi?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day or month first?</source>
        <translation>Önce gün mü, ay mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some dates in this file could be read two ways, for example {value}.</source>
        <translation>Bu dosyadaki bazı tarihler iki türlü okunabilir, örneğin {value}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day first (31.12.2024)</source>
        <translation>Önce gün (31.12.2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month first (12/31/2024)</source>
        <translation>Önce ay (12/31/2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Is {value} the {day} of {month} (day first) or {month2} {day2} (month first)?</source>
        <translation>{value} tarihi {day_n} {month} mı (önce gün), yoksa {day2_n} {month2} mı (önce ay)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In {value}, which number is the day? In Turkey and most of Europe the day comes first; in the USA the month comes first.</source>
        <translation>{value} tarihinde hangi sayı gün? Türkiye&apos;de ve Avrupa&apos;nın çoğunda önce gün gelir; ABD&apos;de önce ay gelir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lines in another encoding</source>
        <translation>Başka kodlamada satırlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} lines are not UTF-8. They read correctly as {encoding}.

Read them as {encoding} and save them as UTF-8? Check a few of them first: Turkish letters (ş, ğ, ı) should look right.</source>
        <translation>{count} satır UTF-8 değil. {encoding} olarak doğru okunuyorlar.

{encoding} olarak okunup UTF-8 olarak kaydedilsin mi? Önce birkaçına bakın: Türkçe harfler (ş, ğ, ı) doğru görünmeli.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dates without a time</source>
        <translation>Saati olmayan tarihler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some time stamps have no time of day, for example {value}.

Write them at midnight (00:00:00)? Only do this if the till really records no time: the platform orders a customer&apos;s events by time.</source>
        <translation>Bazı zaman damgalarında saat yok, örneğin {value}.

Bunlar gece yarısı (00:00:00) olarak yazılsın mı? Bunu yalnızca kasa gerçekten saat kaydetmiyorsa yapın: platform bir müşterinin olaylarını saate göre sıralar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some rows still have errors</source>
        <translation>Bazı satırlarda hâlâ hata var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%Ln rows still have errors the platform would refuse.</source>
        <translation>%Ln satırda hâlâ platformun kabul etmeyeceği hatalar var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can go back and fix them, or save only the valid rows now. The rejected rows go to a separate file, with the reason for each.</source>
        <translation>Geri dönüp düzeltebilir ya da şimdi yalnızca geçerli satırları kaydedebilirsiniz. Reddedilen satırlar, her birinin nedeniyle birlikte ayrı bir dosyaya yazılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back and fix</source>
        <translation>Geri dön ve düzelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save valid rows only</source>
        <translation>Yalnızca geçerli satırları kaydet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Something went wrong</source>
        <translation>Bir şeyler ters gitti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, something went wrong inside the app. Your file and your changes are still open.

The details were written to:
{log}

Please send that file to support.</source>
        <translation>Üzgünüz, uygulamada bir şeyler ters gitti. Dosyanız ve değişiklikleriniz hâlâ açık.

Ayrıntılar şuraya yazıldı:
{log}

Lütfen bu dosyayı destek ekibine gönderin.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../gui/edit_actions.py" line="+38"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected cells (paste them into Excel)</source>
        <translation>Seçili hücreleri kopyala (Excel&apos;e yapıştırın)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Yapıştır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste cells copied in Excel from the selected cell on (one undo step)</source>
        <translation>Excel&apos;de kopyalanan hücreleri seçili hücreden başlayarak yapıştır (tek geri alma adımı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete rows</source>
        <translation>Satırları &amp;sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the selected rows out of the upload (Ctrl+Z or Restore rows brings them back)</source>
        <translation>Seçili satırları yükleme dosyasına koyma (Ctrl+Z ya da Satırları geri getir onları geri getirir)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>R&amp;estore rows</source>
        <translation>Satırları geri &amp;getir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring deleted rows back into the upload</source>
        <translation>Silinen satırları yükleme dosyasına geri getir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find and replace…</source>
        <translation>&amp;Bul ve değiştir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a value; replace it within one column, with a preview</source>
        <translation>Bir değer bul; bir sütun içinde, ön izlemeyle değiştir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What changed…</source>
        <translation>&amp;Neler değişti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every cell that differs from your original file, and why</source>
        <translation>Asıl dosyanızdan farklı olan her hücre ve nedeni</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Please wait until the check has finished.</source>
        <translation>Lütfen kontrol bitene kadar bekleyin.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n rows deleted: they are not uploaded. Ctrl+Z or Edit › Restore rows brings them back.</source>
        <translation>
            <numerusform>%n satır silindi: yüklenmeyecek. Ctrl+Z ya da Düzen › Satırları geri getir onları geri getirir.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select at most {n:,} rows to copy.</source>
        <translation>Kopyalamak için en çok {n} satır seçin.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Copied %n rows.</source>
        <translation>
            <numerusform>%n satır kopyalandı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty cells</source>
        <translation>Boş hücreler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Paste</source>
        <translation>Yapıştır</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Changed %n rows (Ctrl+Z undoes it).</source>
        <translation>
            <numerusform>%n satır değişti (Ctrl+Z geri alır).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cells fell outside the table and were not pasted (rows cannot be added here).</source>
        <translation>
            <numerusform>%n hücre tablonun dışında kaldı ve yapıştırılmadı (burada satır eklenemez).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first {n:,} rows were pasted.</source>
        <translation>Yalnızca ilk {n} satır yapıştırıldı.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../gui/empty_state.py" line="+49"/>
        <source>Drop your store export here</source>
        <translation>Mağaza dosyanızı buraya bırakın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a .csv, .txt, .xlsx or .zip file from your folder onto this window, or click the button.

The app checks every row against the offline data upload rules, shows each problem where it is, fixes the safe ones for you, and saves a new file the platform accepts. Your original file is never changed.</source>
        <translation>Klasörünüzden bir .csv, .txt, .xlsx ya da .zip dosyasını bu pencereye sürükleyin ya da düğmeye tıklayın.

Uygulama her satırı çevrim dışı veri yükleme kurallarına göre kontrol eder, her sorunu yerinde gösterir, güvenli olanları sizin için düzeltir ve platformun kabul ettiği yeni bir dosya kaydeder. Asıl dosyanız hiç değişmez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open a file…</source>
        <translation>Dosya aç…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recently opened:</source>
        <translation>Son açılanlar:</translation>
    </message>
</context>
<context>
    <name>FindReplaceDialog</name>
    <message>
        <location filename="../gui/find_replace.py" line="+43"/>
        <source>Find and replace</source>
        <translation>Bul ve değiştir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation>Bul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match case</source>
        <translation>Büyük/küçük harf duyarlı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with</source>
        <translation>Yeni değer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find:</source>
        <translation>Bul:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In column:</source>
        <translation>Sütunda:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace with:</source>
        <translation>Yeni değer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;next</source>
        <translation>&amp;Sonrakini bul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview replace</source>
        <translation>Değiştirmeyi ön &amp;izle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace all</source>
        <translation>&amp;Tümünü değiştir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Şimdi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All columns (find only)</source>
        <translation>Tüm sütunlar (yalnızca bul)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is still being read: search again once every row is known.</source>
        <translation>Dosya hâlâ okunuyor: tüm satırlar okununca yeniden arayın.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;{text}&apos; was not found.</source>
        <translation>&apos;{text}&apos; bulunamadı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found in row {row}, {column}.</source>
        <translation>{row}. satırda, {column} sütununda bulundu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That row is hidden by &quot;Only rows with problems&quot;.</source>
        <translation>Bu satır &quot;Yalnızca sorunlu satırlar&quot; yüzünden gizli.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick one column to replace in: replacing in every column at once could change ids and amounts by accident.</source>
        <translation>Değiştirmek için tek bir sütun seçin: tüm sütunlarda birden değiştirmek numaraları ve tutarları yanlışlıkla değiştirebilir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>More than {n:,} cells match: narrow the search.</source>
        <translation>{n} hücreden fazlası eşleşiyor: aramayı daraltın.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n cells will change in {column}.</source>
        <translation>
            <numerusform>{column} sütununda %n hücre değişecek.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {n} are shown.</source>
        <translation>İlk {n} tanesi gösteriliyor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The table changed since the preview: preview again.</source>
        <translation>Tablo ön izlemeden sonra değişti: yeniden ön izleyin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Replace in {column}</source>
        <translation>{column} sütununda değiştir</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Replaced in %n rows. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n satırda değiştirildi. Ctrl+Z geri alır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixActions</name>
    <message numerus="yes">
        <location filename="../gui/fix_actions.py" line="+72"/>
        <location line="+1"/>
        <source>%n fields</source>
        <translation>
            <numerusform>%n alan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing left that can be fixed automatically.</source>
        <translation>Otomatik düzeltilebilecek bir şey kalmadı.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln dates such as {value} are left as they are until you answer &quot;Day or month first?&quot;</source>
        <translation>
            <numerusform>{value} gibi %Ln tarih, &quot;Önce gün mü, ay mı?&quot; sorusunu cevaplayana kadar olduğu gibi kalır</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix all safe problems</source>
        <translation>Tüm güvenli sorunları düzelt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix: {title}</source>
        <translation>Düzeltme: {title}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fix all like this: {title}</source>
        <translation>Bunun gibi hepsini düzelt: {title}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Dates: day first</source>
        <translation>Tarihler: önce gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates: month first</source>
        <translation>Tarihler: önce ay</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dates are already clear: the day comes first, since {value} is a real date only that way.</source>
        <translation>Tarihler zaten açık: önce gün geliyor, çünkü {value} yalnızca böyle okunursa gerçek bir tarih.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dates are already clear: the month comes first, since {value} is a real date only that way.</source>
        <translation>Tarihler zaten açık: önce ay geliyor, çünkü {value} yalnızca böyle okunursa gerçek bir tarih.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No date in this file can be read two ways: there is nothing to decide.</source>
        <translation>Bu dosyada iki türlü okunabilecek tarih yok: karar verilecek bir şey yok.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Day or month first?</source>
        <translation>Önce gün mü, ay mı?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dates cannot be read that way: {example} in the same column is a real date only the other way round. Check the column, or choose the other order.</source>
        <translation>Tarihler bu şekilde okunamaz: aynı sütundaki {example} ancak tersi okununca gerçek bir tarih. Sütunu kontrol edin ya da diğer sırayı seçin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change column order</source>
        <translation>Sütun sırasını değiştir</translation>
    </message>
</context>
<context>
    <name>FixPreviewDialog</name>
    <message>
        <location filename="../gui/fix_preview.py" line="+32"/>
        <source>Fix all safe problems</source>
        <translation>Tüm güvenli sorunları düzelt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>These %Ln problems will be fixed. Only your working copy changes, never the original file, and you can undo it all with Ctrl+Z.</source>
        <translation>
            <numerusform>Bu %Ln sorun düzeltilecek. Yalnızca çalışma kopyanız değişir, asıl dosya asla değişmez; hepsini Ctrl+Z ile geri alabilirsiniz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problem</source>
        <translation>Sorun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For example</source>
        <translation>Örneğin</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>When you save, also:</source>
        <translation>Kaydederken ayrıca:</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Fix %Ln problems</source>
        <translation>
            <numerusform>%Ln sorunu düzelt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../gui/help_dialog.py" line="+15"/>
        <source>What does this problem mean?</source>
        <translation>Bu sorun ne demek?</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <location filename="../gui/issues_panel.py" line="+63"/>
        <source>Kind of problem</source>
        <translation>Sorun türü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a problem to go to it. Right-click it (or a red cell) to fix it. F8 goes to the next problem, Shift+F8 to the previous one. F1 explains the problem. Double-click a cell to type a new value.</source>
        <translation>Bir soruna gitmek için tıklayın. Düzeltmek için sağ tıklayın (ya da kırmızı bir hücreye). F8 sonraki soruna, Shift+F8 öncekine gider. F1 sorunu açıklar. Yeni değer yazmak için hücreye çift tıklayın.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Problems</source>
        <translation>Sorunlar</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Problems: {n} in %n kinds</source>
        <translation>
            <numerusform>Sorunlar: {n} (%n tür)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems found</source>
        <translation>Sorun bulunmadı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fix: {fix}</source>
        <translation>Düzeltme: {fix}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Row {row}</source>
        <translation>Satır {row}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Row {row} · {column}: {value}</source>
        <translation>Satır {row} · {column}: {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %Ln more (press F8 to walk through them)</source>
        <translation>
            <numerusform>… ve %Ln tane daha (gezmek için F8)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Go to this cell</source>
        <translation>Bu hücreye git</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix this</source>
        <translation>Bunu düzelt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix all like this ({title})</source>
        <translation>Bunun gibi hepsini düzelt ({title})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What does this mean? (F1)</source>
        <translation>Bu ne demek? (F1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="+105"/>
        <location line="+274"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Opening was cancelled.</source>
        <translation>Açma iptal edildi.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Open a store export</source>
        <translation>Mağaza dosyası aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.csv *.txt *.tsv *.dat *.xlsx *.xlsm *.zip);;All files (*)</source>
        <translation>Dışa aktarımlar (*.csv *.txt *.tsv *.dat *.xlsx *.xlsm *.zip);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This workbook has several sheets with data. Which sheet should be opened?</source>
        <translation>Bu çalışma kitabında veri olan birden çok sayfa var. Hangi sayfa açılsın?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} holds several files. Which one should be opened?</source>
        <translation>{name} içinde birden çok dosya var. Hangisi açılsın?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This file cannot be opened</source>
        <translation>Bu dosya açılamıyor</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check cancelled after {done} of {rows} rows: the counts cover only those rows.</source>
        <translation>Kontrol {rows} satırın {done} tanesinden sonra iptal edildi: sayılar yalnızca bu satırları kapsar.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Checked %Ln rows in {s} s.</source>
        <translation>
            <numerusform>%Ln satır {s} sn&apos;de kontrol edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to do automatically.</source>
        <translation>Otomatik yapılacak bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Reading and checking… %Ln problems found so far</source>
        <translation>
            <numerusform>Okunuyor ve kontrol ediliyor… şu ana kadar %Ln sorun bulundu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checking… %Ln problems found so far</source>
        <translation>
            <numerusform>Kontrol ediliyor… şu ana kadar %Ln sorun bulundu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file was not saved</source>
        <translation>Dosya kaydedilmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your changes are still here; nothing was lost.</source>
        <translation>Değişiklikleriniz duruyor; hiçbir şey kaybolmadı.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../gui/mapping_dialog.py" line="+29"/>
        <source>Column order</source>
        <translation>Sütun sırası</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Each column of the upload file (left) takes its values from one column of your file (right). Change a choice if a column is in the wrong place.</source>
        <translation>Yükleme dosyasının her sütunu (solda) değerlerini dosyanızın bir sütunundan (sağda) alır. Bir sütun yanlış yerdeyse seçimi değiştirin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upload file column</source>
        <translation>Yükleme dosyası sütunu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takes values from</source>
        <translation>Değerleri aldığı yer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(leave empty)</source>
        <translation>(boş bırak)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+15"/>
        <source>Column {n}</source>
        <translation>{n}. sütun</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>  (e.g. {value})</source>
        <translation>  (ör. {value})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave these columns of your file out of the upload (nothing else changes):</source>
        <translation>Dosyanızın şu sütunlarını yükleme dosyasının dışında bırakın (başka hiçbir şey değişmez):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>As detected</source>
        <translation>Bulunduğu gibi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the file&apos;s order</source>
        <translation>Dosyanın sırasını koru</translation>
    </message>
</context>
<context>
    <name>MemoryBar</name>
    <message>
        <location filename="../gui/memory_bar.py" line="+44"/>
        <source>Apply again</source>
        <translation>Yeniden uygula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not this time</source>
        <translation>Bu sefer değil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Last time, for this kind of export ({date}), you: {what}.</source>
        <translation>Geçen sefer, bu tür bir dışa aktarımda ({date}), şunları yaptınız: {what}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>fixed all safe problems</source>
        <translation>tüm güvenli sorunları düzelttiniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed {what}</source>
        <translation>{what} düzelttiniz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>read dates day first</source>
        <translation>tarihleri önce gün olarak okudunuz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read dates month first</source>
        <translation>tarihleri önce ay olarak okudunuz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set the column order</source>
        <translation>sütun sırasını belirlediniz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left out {columns}</source>
        <translation>{columns} sütunlarını dışarıda bıraktınız</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply last time&apos;s decisions</source>
        <translation>Geçen seferki kararları uygula</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../gui/menus.py" line="+39"/>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a store export (.csv, .txt, .xlsx, .zip)</source>
        <translation>Mağaza dosyası aç (.csv, .txt, .xlsx, .zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save for upload…</source>
        <translation>&amp;Yükleme için kaydet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a new file the platform accepts; the original is not changed</source>
        <translation>Platformun kabul ettiği yeni bir dosya yaz; asıl dosya değişmez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close file</source>
        <translation>Dosyayı &amp;kapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Çıkış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fix all safe problems…</source>
        <translation>Tüm güvenli sorunları &amp;düzelt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repair every problem a machine can repair safely (you see a preview first)</source>
        <translation>Makinenin güvenle düzeltebileceği her sorunu düzelt (önce ön izleme görürsünüz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next problem</source>
        <translation>&amp;Sonraki sorun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the next problem (F8)</source>
        <translation>Sonraki soruna git (F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous problem</source>
        <translation>&amp;Önceki sorun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the previous problem (Shift+F8)</source>
        <translation>Önceki soruna git (Shift+F8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only rows with &amp;problems</source>
        <translation>Yalnızca &amp;sorunlu satırlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the rows that have a problem</source>
        <translation>Yalnızca sorunu olan satırları göster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix safe problems</source>
        <translation>Güvenli düzelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows with problems</source>
        <translation>Sorunlu satırlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Day or month first?…</source>
        <translation>Önce &amp;gün mü, ay mı?…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Column order…</source>
        <translation>Sü&amp;tun sırası…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose which of your columns goes where in the upload file</source>
        <translation>Sütunlarınızdan hangisinin yükleme dosyasında nereye gideceğini seçin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language (Dil)</source>
        <translation>D&amp;il (Language)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How it works</source>
        <translation>&amp;Nasıl çalışır</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Problem codes</source>
        <translation>Sorun &amp;kodları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What does this problem mean?</source>
        <translation>Bu sorun ne demek?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Main</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no files yet)</source>
        <translation>(henüz dosya yok)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How it works</source>
        <translation>Nasıl çalışır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1. Drop your store export (.csv, .txt, .xlsx or .zip) on the window, or use File › Open.

2. Every problem is marked in the table: red for errors the platform refuses, amber for warnings. Hover over a marked cell to see what is wrong, the rule, and the fix. The list on the right groups the problems; click one to go to it. F8 goes to the next problem.

3. Click &quot;Fix safe problems…&quot; to repair everything a machine can repair safely. You see a preview first, and Ctrl+Z undoes it. Right-click a cell for more fixes, or double-click it to type a value.

4. Click &quot;Save for upload…&quot; (Ctrl+S). A new file is written and checked again; your original file is never changed.</source>
        <translation>1. Mağaza dosyanızı (.csv, .txt, .xlsx ya da .zip) pencereye bırakın ya da Dosya › Aç&apos;ı kullanın.

2. Her sorun tabloda işaretlenir: platformun kabul etmediği hatalar kırmızı, uyarılar turuncu. Neyin yanlış olduğunu, kuralı ve düzeltmeyi görmek için işaretli hücrenin üzerine gelin. Sağdaki liste sorunları gruplar; birine tıklayınca oraya gidersiniz. F8 sonraki soruna gider.

3. Makinenin güvenle düzeltebileceği her şeyi düzeltmek için &quot;Güvenli sorunları düzelt…&quot; düğmesine tıklayın. Önce ön izleme görürsünüz; Ctrl+Z geri alır. Daha fazla düzeltme için hücreye sağ tıklayın, değer yazmak için çift tıklayın.

4. &quot;Yükleme için kaydet…&quot; (Ctrl+S) düğmesine tıklayın. Yeni bir dosya yazılır ve yeniden kontrol edilir; asıl dosyanız hiç değişmez.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <location filename="../gui/privacy_actions.py" line="+19"/>
        <source>Personal data</source>
        <translation>Kişisel veri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform needs only the customer id. Leave this column out of the upload? Your original file keeps it; Ctrl+Z undoes this.</source>
        <translation>Platformun yalnızca müşteri numarasına ihtiyacı var. Bu sütun yükleme dosyasının dışında bırakılsın mı? Asıl dosyanızda kalır; Ctrl+Z bunu geri alır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave it out</source>
        <translation>Dışarıda bırak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Kalsın</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Leave out {columns}</source>
        <translation>{columns} dışarıda bırak</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../gui/report_actions.py" line="+30"/>
        <source>Export &amp;report…</source>
        <translation>&amp;Rapor çıkar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the problems, the data and the totals to an Excel workbook or a web page to send</source>
        <translation>Sorunları, verileri ve toplamları göndermek için bir Excel çalışma kitabına ya da web sayfasına yaz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary and &amp;totals…</source>
        <translation>Özet ve &amp;toplamlar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows, dates, customers and Num1 / Num2 per day and per store, to compare with the till</source>
        <translation>Kasayla karşılaştırmak için gün ve mağaza başına satır, tarih, müşteri ve Num1 / Num2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export report</source>
        <translation>Rapor çıkar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;Web page (*.html)</source>
        <translation>Excel çalışma kitabı (*.xlsx);;Web sayfası (*.html)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please wait until the check has finished.</source>
        <translation>Lütfen kontrol bitene kadar bekleyin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report is already being written.</source>
        <translation>Zaten bir rapor yazılıyor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the report {name}…</source>
        <translation>{name} raporu yazılıyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report written to {path}.</source>
        <translation>Rapor {path} dosyasına yazıldı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was cancelled, so it covers only the rows checked.</source>
        <translation>Kontrol iptal edildi; bu yüzden yalnızca kontrol edilen satırları kapsar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not written</source>
        <translation>Rapor yazılmadı</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <location filename="../gui/save_dialog.py" line="+45"/>
        <location line="+67"/>
        <source>Save for upload</source>
        <translation>Yükleme için kaydet</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Writes a new file the platform accepts: UTF-8, &apos;;&apos; between fields, 23 columns. Your original file is not changed.</source>
        <translation>Platformun kabul ettiği yeni bir dosya yazar: UTF-8, alanlar arasında &apos;;&apos;, 23 sütun. Asıl dosyanız değişmez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as:</source>
        <translation>Kayıt yeri:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include the header row (column names)</source>
        <translation>Başlık satırını ekle (sütun adları)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compress as .zip</source>
        <translation>.zip olarak sıkıştır</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply the safe fixes first (you can undo them afterwards)</source>
        <translation>Önce güvenli düzeltmeleri uygula (sonra geri alabilirsiniz)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n rows will be written</source>
        <translation>
            <numerusform>%n satır yazılacak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows with errors will be left out, into a separate file of rejected rows</source>
        <translation>
            <numerusform>hatalı %n satır dışarıda bırakılıp ayrı bir reddedilen satırlar dosyasına yazılacak</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After the safe fixes (checked again before writing): {plan}.</source>
        <translation>Güvenli düzeltmelerden sonra (yazmadan önce yeniden kontrol edilir): {plan}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing would be uploaded: fix the marked problems first.</source>
        <translation>Hiçbir şey yüklenmez: önce işaretli sorunları düzeltin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Zip files (*.zip)</source>
        <translation>Zip dosyaları (*.zip)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
</context>
<context>
    <name>SaveFlow</name>
    <message>
        <location filename="../gui/save_flow.py" line="+35"/>
        <source>A save is already running.</source>
        <translation>Zaten bir kaydetme sürüyor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please wait until the check has finished.</source>
        <translation>Lütfen kontrol bitene kadar bekleyin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The check was cancelled before the end; checking the whole file first. Save again when it has finished.</source>
        <translation>Kontrol bitmeden iptal edildi; önce dosyanın tamamı kontrol ediliyor. Bitince yeniden kaydedin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix all safe problems</source>
        <translation>Tüm güvenli sorunları düzelt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The check was cancelled, so nothing was saved. Save again when it has finished.</source>
        <translation>Kontrol iptal edildi; bu yüzden hiçbir şey kaydedilmedi. Bitince yeniden kaydedin.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was uploaded: no data rows were written.</source>
        <translation>Hiçbir şey yüklenmedi: hiç veri satırı yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Saved %n rows to {path}. Re-checked: it passes the upload rules.</source>
        <translation>
            <numerusform>%n satır {path} dosyasına kaydedildi. Yeniden kontrol edildi: yükleme kurallarına uyuyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n rejected rows, with reasons, are in {path}.</source>
        <translation>
            <numerusform>Reddedilen %n satır, nedenleriyle birlikte {path} dosyasında.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveQuestions</name>
    <message>
        <location filename="../gui/save_questions.py" line="+21"/>
        <source>The file already exists</source>
        <translation>Dosya zaten var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} already exists in {folder}.</source>
        <translation>{name}, {folder} klasöründe zaten var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may be an earlier upload. Replace it, or keep both (the new file gets a number added to its name)?</source>
        <translation>Daha önceki bir yükleme olabilir. Yerine mi yazılsın, yoksa ikisi de mi kalsın (yeni dosyanın adına bir numara eklenir)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both</source>
        <translation>İkisi de kalsın</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace</source>
        <translation>Yerine yaz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Some rows still have errors</source>
        <translation>Bazı satırlarda hâlâ hata var</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n rows still have errors the platform would refuse.</source>
        <translation>
            <numerusform>%n satırda hâlâ platformun kabul etmeyeceği hatalar var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows will be written to the upload file.</source>
        <translation>
            <numerusform>%n satır yükleme dosyasına yazılacak.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can go back and fix the others, or save only the valid rows now. The rejected rows go to a separate file, with the reason for each.</source>
        <translation>Geri dönüp diğerlerini düzeltebilir ya da şimdi yalnızca geçerli satırları kaydedebilirsiniz. Reddedilen satırlar, her birinin nedeniyle birlikte ayrı bir dosyaya yazılır.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back and fix</source>
        <translation>Geri dön ve düzelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save valid rows only</source>
        <translation>Yalnızca geçerli satırları kaydet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing to upload</source>
        <translation>Yüklenecek bir şey yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no data rows, so no file was written. Check that this is the right export.</source>
        <translation>Dosyada veri satırı yok, bu yüzden hiçbir dosya yazılmadı. Doğru dışa aktarım dosyası olduğunu kontrol edin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to upload yet</source>
        <translation>Henüz yüklenecek bir şey yok</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>None of the %n rows can be uploaded as it is now, so no file was written. Fix the marked problems first.</source>
        <translation>
            <numerusform>%n satırın hiçbiri şu hâliyle yüklenemiyor; bu yüzden dosya yazılmadı. Önce işaretli sorunları düzeltin.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../gui/session.py" line="+148"/>
        <source>Reading {name}…</source>
        <translation>{name} okunuyor…</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <location line="+100"/>
        <source>Checking %Ln rows…</source>
        <translation>
            <numerusform>%Ln satır kontrol ediliyor…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>Delete %n rows</source>
        <translation>
            <numerusform>%n satırı sil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Restore %n rows</source>
        <translation>
            <numerusform>%n satırı geri getir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit cell</source>
        <translation>Hücre düzenleme</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} was changed by another program after you opened it, so nothing was written. Open it again to check the new version.</source>
        <translation>{name}, siz açtıktan sonra başka bir program tarafından değiştirildi; bu yüzden hiçbir şey yazılmadı. Yeni sürümü kontrol etmek için yeniden açın.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving {name}…</source>
        <translation>{name} kaydediliyor…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} was changed by another program while it was being saved. The file written could mix old and new rows, so it was removed. Open the export again, then save.</source>
        <translation>{name}, kaydedilirken başka bir program tarafından değiştirildi. Yazılan dosya eski ve yeni satırları karıştırabilirdi, bu yüzden silindi. Dosyayı yeniden açıp kaydedin.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saving was cancelled; nothing was written.</source>
        <translation>Kaydetme iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export could not be read to the end while saving, so nothing was written: {reason}</source>
        <translation>Kaydederken dosya sonuna kadar okunamadı; bu yüzden hiçbir şey yazılmadı: {reason}</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../gui/summary_strip.py" line="+61"/>
        <source>Day or month first?…</source>
        <translation>Önce gün mü, ay mı?…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check column order…</source>
        <translation>Sütun sırasını kontrol et…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix all safe problems…</source>
        <translation>Tüm güvenli sorunları düzelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save for upload…</source>
        <translation>Yükleme için kaydet…</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>{name}: %Ln rows, checking…</source>
        <translation>
            <numerusform>{name}: %Ln satır, kontrol ediliyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Fix safe problems…</source>
        <translation>Güvenli sorunları düzelt…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{name}: reading… %Ln rows so far</source>
        <translation>
            <numerusform>{name}: okunuyor… şu ana kadar %Ln satır</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: check cancelled: {errors} and {warnings} in the rows checked so far</source>
        <translation>{name}: kontrol iptal edildi: şu ana kadar kontrol edilen satırlarda {errors} ve {warnings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {errors} ({repaired} repaired by saving) and {warnings} to look at</source>
        <translation>{name}: {errors} ({repaired} kayıtta düzelir), {warnings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {errors} and {warnings} to look at</source>
        <translation>{name}: bakılacak {errors} ve {warnings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: ready to upload ({errors} repaired by saving, {warnings})</source>
        <translation>{name}: yüklemeye hazır ({errors} kayıtta düzelir, {warnings})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: ready to upload ({warnings} worth a look)</source>
        <translation>{name}: yüklemeye hazır ({warnings} bakmaya değer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: ready to upload, no problems found</source>
        <translation>{name}: yüklemeye hazır, sorun bulunmadı</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Fix %Ln safe problems…</source>
        <translation>
            <numerusform>%Ln güvenli sorunu düzelt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln hata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln uyarı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln satır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln rows so far</source>
        <translation>
            <numerusform>şu ana kadar %Ln satır</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel sheet: {sheet}</source>
        <translation>Excel sayfası: {sheet}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In zip: {member}</source>
        <translation>Zip içinde: {member}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding: {enc} → saved as UTF-8</source>
        <translation>Kodlama: {enc} → UTF-8 olarak kaydedilir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encoding: {enc}</source>
        <translation>Kodlama: {enc}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Byte-order mark → removed when saved</source>
        <translation>BOM → kaydederken kaldırılır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Separator: {name} → saved as ;</source>
        <translation>Ayraç: {name} → ; olarak kaydedilir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separator: ;</source>
        <translation>Ayraç: ;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Header row: yes</source>
        <translation>Başlık satırı: var</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header row: no</source>
        <translation>Başlık satırı: yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns in another order → reordered when saved</source>
        <translation>Sütunlar başka sırada → kaydederken sıralanır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns look swapped</source>
        <translation>Sütunlar yer değiştirmiş görünüyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns with no known place</source>
        <translation>Yeri belli olmayan sütunlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank lines skipped</source>
        <translation>Boş satırlar atlandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data rows</source>
        <translation>Veri satırı yok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dates: {first} → {last}</source>
        <translation>Tarihler: {first} → {last}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column order: OK</source>
        <translation>Sütun sırası: doğru</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rule: {rule}</source>
        <translation>Kural: {rule}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fix: {fix}</source>
        <translation>Düzeltme: {fix}</translation>
    </message>
</context>
<context>
    <name>TableModel</name>
    <message>
        <location filename="../gui/table_model.py" line="+212"/>
        <source>You changed it</source>
        <translation>Siz değiştirdiniz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed by: {rule}</source>
        <translation>Düzelten: {rule}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rule:</source>
        <translation>Kural:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fix:</source>
        <translation>Düzeltme:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No automatic fix: please correct it by hand.</source>
        <translation>Otomatik düzeltme yok: lütfen elle düzeltin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>F1: what does this mean, and how to fix it in Excel</source>
        <translation>F1: bu ne demek, Excel&apos;de nasıl düzeltilir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error</source>
        <translation>hata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>uyarı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>transaction attribute</source>
        <translation>işlem özelliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mandatory</source>
        <translation>zorunlu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Deleted: this row is not uploaded. Edit › Restore rows brings it back.</source>
        <translation>Silindi: bu satır yüklenmez. Düzen › Satırları geri getir onu geri getirir.</translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../gui/totals_panel.py" line="+33"/>
        <source>Summary and totals</source>
        <translation>Özet ve toplamlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare these with the till&apos;s end-of-day report. Values are counted as they will be saved, rows that still have errors included (the upload leaves those out); rows whose time stamp or numbers cannot be read are left out and counted.</source>
        <translation>Bunları kasanın gün sonu raporuyla karşılaştırın. Değerler kaydedilecekleri gibi sayılır, hâlâ hatası olan satırlar da dahil (yükleme dosyasına onlar girmez); zaman damgası ya da sayıları okunamayan satırlar toplamlara katılmaz ve ayrıca sayılır.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Dates</source>
        <translation>Tarihler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinct customers</source>
        <translation>Farklı müşteri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Num1 total (amount)</source>
        <translation>Num1 toplamı (adet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Num2 total (sales)</source>
        <translation>Num2 toplamı (satış)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left out of the totals</source>
        <translation>Toplamlara katılmayan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store column:</source>
        <translation>Mağaza sütunu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store column</source>
        <translation>Mağaza sütunu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Num1</source>
        <translation>Num1</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Num2</source>
        <translation>Num2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per day</source>
        <translation>Gün başına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per store</source>
        <translation>Mağaza başına</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(no store column)</source>
        <translation>(mağaza sütunu yok)</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n satır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UploadActions</name>
    <message>
        <location filename="../gui/upload_actions.py" line="+31"/>
        <source>Upload…</source>
        <translation>Yükle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the file just saved to the drop folder</source>
        <translation>Az önce kaydedilen dosyayı bırakma klasörüne gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upload…</source>
        <translation>Yü&amp;kle…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send a saved file to the platform&apos;s drop folder</source>
        <translation>Kaydedilmiş bir dosyayı platformun bırakma klasörüne gönder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload se&amp;ttings…</source>
        <translation>Yükleme a&amp;yarları…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upload &amp;history</source>
        <translation>Yükleme &amp;geçmişi</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the file to upload</source>
        <translation>Yüklenecek dosyayı seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload files (*.csv *.zip);;All files (*)</source>
        <translation>Yükleme dosyaları (*.csv *.zip);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../gui/upload_dialog.py" line="+27"/>
        <location line="+21"/>
        <source>Upload</source>
        <translation>Yükleme</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Send &lt;b&gt;{name}&lt;/b&gt; to &lt;b&gt;{where}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; dosyasını &lt;b&gt;{where}&lt;/b&gt; konumuna gönder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is checked again, then sent as {name}.part and renamed when the server holds all of it.</source>
        <translation>Dosya yeniden kontrol edilir, {name}.part olarak gönderilir ve sunucuda tamamı olunca adı değiştirilir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No destination yet: set one in File › Upload settings…</source>
        <translation>Henüz hedef yok: Dosya › Yükleme ayarları… bölümünden belirleyin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the file…</source>
        <translation>Dosya kontrol ediliyor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending…</source>
        <translation>Gönderiliyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}; trying again in {s:g} s…</source>
        <translation>{what}; {s:g} sn sonra yeniden deneniyor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done. {message}</source>
        <translation>Tamam. {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Not uploaded: {message}</source>
        <translation>Yüklenmedi: {message}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>In the app, the matching choice is in File › Upload settings….</source>
        <translation>Uygulamada bunun seçeneği Dosya › Yükleme ayarları… bölümünde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Cancelled. Nothing was put under the file&apos;s name on the server.</source>
        <translation>İptal edildi. Sunucuda dosyanın adıyla hiçbir şey bırakılmadı.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
</context>
<context>
    <name>UploadHistoryDialog</name>
    <message>
        <location filename="../gui/upload_history.py" line="+24"/>
        <source>Upload history</source>
        <translation>Yükleme geçmişi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>uploaded</source>
        <translation>yüklendi</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Uploads: %n, kept in {path}</source>
        <translation>
            <numerusform>Yüklemeler: %n, kayıt yeri {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing uploaded yet.</source>
        <translation>Henüz bir şey yüklenmedi.</translation>
    </message>
</context>
<context>
    <name>UploadSettingsDialog</name>
    <message>
        <location filename="../gui/upload_settings.py" line="+37"/>
        <source>Upload settings</source>
        <translation>Yükleme ayarları</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where &quot;Upload…&quot; sends a saved file: the drop folder the platform collects from. The password is kept in your system&apos;s keyring, never in a file.</source>
        <translation>&quot;Yükle…&quot; kaydedilen dosyayı nereye gönderir: platformun dosyaları aldığı bırakma klasörü. Parola sisteminizin anahtarlığında tutulur, asla bir dosyada değil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>FTPS (FTP with TLS encryption)</source>
        <translation>FTPS (TLS şifrelemeli FTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SFTP (SSH)</source>
        <translation>SFTP (SSH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FTP (not encrypted)</source>
        <translation>FTP (şifresiz)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not check the server&apos;s certificate (test servers only)</source>
        <translation>Sunucunun sertifikasını kontrol etme (yalnızca test sunucuları)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the server&apos;s key the first time it is seen</source>
        <translation>Sunucunun anahtarına ilk görüldüğünde güven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol:</source>
        <translation>Protokol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Klasör:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>Kullanıcı:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key file:</source>
        <translation>Anahtar dosyası:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Test connection</source>
        <translation>Bağlantıyı dene</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(kept in the keyring; type to change)</source>
        <translation>(anahtarlıkta saklı; değiştirmek için yazın)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>SSH private key</source>
        <translation>SSH özel anahtarı</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: the folder is there and the login works.</source>
        <translation>Bağlandı: klasör var ve giriş çalışıyor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed: this server&apos;s key has not been seen before. Check its fingerprint with the server&apos;s owner, then tick &quot;Trust the server&apos;s key the first time it is seen&quot;.</source>
        <translation>Başarısız: bu sunucunun anahtarı daha önce görülmedi. Parmak izini sunucunun sahibiyle kontrol edin, sonra &quot;Sunucunun anahtarına ilk görüldüğünde güven&quot; seçeneğini işaretleyin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Failed: {reason}</source>
        <translation>Başarısız: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password could not be saved in the keyring ({why}). Set the OFFLINE_GUI_UPLOAD_PASSWORD variable instead.</source>
        <translation>Parola anahtarlığa kaydedilemedi ({why}). Bunun yerine OFFLINE_GUI_UPLOAD_PASSWORD değişkenini ayarlayın.</translation>
    </message>
</context>
<context>
    <name>WhatChangedDialog</name>
    <message>
        <location filename="../gui/what_changed.py" line="+33"/>
        <source>What changed</source>
        <translation>Neler değişti</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+28"/>
        <source>Looking for changes…</source>
        <translation>Değişiklikler aranıyor…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Row</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Önce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n cells differ from your original file.</source>
        <translation>
            <numerusform>%n hücre asıl dosyanızdan farklı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {n:,} changed cells.</source>
        <translation>Değişen ilk {n} hücre.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rows are deleted (not uploaded).</source>
        <translation>
            <numerusform>%n satır silindi (yüklenmez).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your original file itself is never changed.</source>
        <translation>Asıl dosyanızın kendisi hiç değişmez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed, pasted or replaced</source>
        <translation>yazıldı, yapıştırıldı ya da değiştirildi</translation>
    </message>
</context>
</TS>
