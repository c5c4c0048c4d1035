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
        <location filename="../gui/data_table.py" line="+98"/>
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
    <name>FixActions</name>
    <message numerus="yes">
        <location filename="../gui/fix_actions.py" line="+61"/>
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
        <location line="+17"/>
        <source>Fix all like this: {title}</source>
        <translation>Bunun gibi hepsini düzelt: {title}</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../gui/main_window.py" line="+94"/>
        <location line="+235"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Opening was cancelled.</source>
        <translation>Açma iptal edildi.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Open a store export</source>
        <translation>Mağaza dosyası aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports (*.csv *.txt *.tsv *.dat *.xlsx *.xlsm *.zip);;All files (*)</source>
        <translation>Dışa aktarımlar (*.csv *.txt *.tsv *.dat *.xlsx *.xlsm *.zip);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This file cannot be opened</source>
        <translation>Bu dosya açılamıyor</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Checked %Ln rows in {s} s.</source>
        <translation>
            <numerusform>%Ln satır {s} sn&apos;de kontrol edildi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing to do automatically.</source>
        <translation>Otomatik yapılacak bir şey yok.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Checking… %Ln problems found so far</source>
        <translation>
            <numerusform>Kontrol ediliyor… şu ana kadar %Ln sorun bulundu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please wait until the check has finished.</source>
        <translation>Lütfen kontrol bitene kadar bekleyin.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Saved %Ln rows to {path}. Re-checked: it passes the upload rules.</source>
        <translation>
            <numerusform>%Ln satır {path} dosyasına kaydedildi. Yeniden kontrol edildi: yükleme kurallarına uyuyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln rejected rows, with reasons, are in {path}.</source>
        <translation>
            <numerusform>Reddedilen %Ln satır, nedenleriyle birlikte {path} dosyasında.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../gui/mapping_dialog.py" line="+26"/>
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
        <source>Column {n}</source>
        <translation>{n}. sütun</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  (e.g. {value})</source>
        <translation>  (ör. {value})</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>Menus</name>
    <message>
        <location filename="../gui/menus.py" line="+38"/>
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
        <location line="+4"/>
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
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+26"/>
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
    <name>SaveDialog</name>
    <message>
        <location filename="../gui/save_dialog.py" line="+34"/>
        <location line="+37"/>
        <source>Save for upload</source>
        <translation>Yükleme için kaydet</translation>
    </message>
    <message>
        <location line="-34"/>
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
        <location line="+18"/>
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
    <name>Session</name>
    <message>
        <location filename="../gui/session.py" line="+95"/>
        <source>Reading {name}…</source>
        <translation>{name} okunuyor…</translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>Checking %Ln rows…</source>
        <translation>
            <numerusform>%Ln satır kontrol ediliyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Edit cell</source>
        <translation>Hücre düzenleme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saving {name}…</source>
        <translation>{name} kaydediliyor…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving was cancelled; nothing was written.</source>
        <translation>Kaydetme iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <location filename="../gui/summary_strip.py" line="+59"/>
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
        <location line="+21"/>
        <source>{name}: %Ln rows, checking…</source>
        <translation>
            <numerusform>{name}: %Ln satır, kontrol ediliyor…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix safe problems…</source>
        <translation>Güvenli sorunları düzelt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: check stopped early: {errors} and {warnings} so far</source>
        <translation>{name}: kontrol erken durdu: şu ana kadar {errors} ve {warnings}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {errors} and {warnings} to look at</source>
        <translation>{name}: bakılacak {errors} ve {warnings}</translation>
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
        <location line="+4"/>
        <source>%Ln rows</source>
        <translation>
            <numerusform>%Ln satır</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../gui/table_model.py" line="+183"/>
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
</TS>
