//! English: the letter tools, the calendar file and the printable summary.

use super::DOCUMENT_WORDS;
use crate::domain::Confidence;
use crate::i18n::document_words::document_word;
use crate::i18n::keys::DocT;

pub(super) fn text(key: DocT) -> &'static str {
    match key {
        DocT::LetterHint => document_word!(DOCUMENT_WORDS, "Filled in from your answers; anything in [square brackets] is still for you to fill in. You can change the words here: your changes are saved with your case. Send it as a secure message on kp.org (Kaiser's member website), by mail, or print it, and keep a copy."),
        DocT::Copy => document_word!(DOCUMENT_WORDS, "Copy"),
        DocT::Copied => document_word!(DOCUMENT_WORDS, "Copied. Paste it into your message."),
        DocT::CopyFallback => document_word!(DOCUMENT_WORDS, "The letter is selected. To copy it, press Ctrl+C (⌘+C on a Mac), or touch and hold it and choose Copy."),
        DocT::Download => document_word!(DOCUMENT_WORDS, "Download (.txt)"),
        DocT::DownloadFailed => document_word!(DOCUMENT_WORDS, "This browser did not allow the download. Copy the text instead."),
        DocT::PrintLetter => document_word!(DOCUMENT_WORDS, "Print this letter"),
        DocT::Restore => document_word!(DOCUMENT_WORDS, "Back to the generated text"),
        DocT::EditedNote => document_word!(DOCUMENT_WORDS, "You changed this letter, so it no longer follows your answers. \"Back to the generated text\" brings them in again (your changes are lost)."),
        DocT::CalendarDownload => document_word!(DOCUMENT_WORDS, "Add these dates to your calendar (.ics)"),
        DocT::CalendarNote => document_word!(DOCUMENT_WORDS, "A calendar file with each date above, and a reminder 3 days before each deadline. Some calendar apps drop the reminders of an imported file, so the dates are also on this page and on your printed summary. A newer file updates the events it holds when opened again; dates that are done are left out of it, so remove those from your calendar yourself."),
        DocT::CalendarName => document_word!(DOCUMENT_WORDS, "My second opinion: dates"),
        DocT::CalendarReminder => document_word!(DOCUMENT_WORDS, "In 3 days: {what}"),
        DocT::CalendarAct => document_word!(DOCUMENT_WORDS, "Act by this day. Second Opinion Navigator shows how."),
        DocT::CalendarAbout => document_word!(DOCUMENT_WORDS, "This date is approximate: the clock starts on a day you may not know."),
        DocT::CalendarSource => document_word!(DOCUMENT_WORDS, "Rule: {title} {url}"),
        DocT::CalendarLetterWins => document_word!(DOCUMENT_WORDS, "If a letter from your plan gives a different date, go by the letter."),
        DocT::WordsNotLoaded => "The words of this document have not loaded yet. If this stays, check your connection, then reload the page.",
        DocT::CalendarReopen => document_word!(DOCUMENT_WORDS, "To open the guide again: {url} (on an iPhone or iPad, opening it now and then also keeps your saved answers)."),
        DocT::SummaryOpen => "Your case summary, to print",
        DocT::SummaryTitle => "Your case summary",
        DocT::SummaryIntro => "Your whole case on one or two printed pages, to bring to a doctor, an advocate or a call. It shows only what you entered and what the rules say; dates on your own letters come first.",
        DocT::SummaryPrint => "Print the summary",
        DocT::SummaryBack => "Back to your timeline",
        DocT::SummaryDatesTitle => "Dates and deadlines",
        DocT::SummarySourcesTitle => "Where the rules come from",
        DocT::SummaryContactNext => "{entry}. Next: {next}",
        DocT::SummarySourcesNotRead => "The list of sources has not loaded yet. If this stays, check your connection, then reload the page.",
        DocT::SummarySource => "{title}: {url} ({sure})",
        DocT::NoPublicSource => "no public source found",
        DocT::Sure(c) => match c {
            Confidence::High => "fairly sure",
            Confidence::Medium => "please check",
            Confidence::Low => "not sure",
        },
        DocT::LetterOtherLang => document_word!(DOCUMENT_WORDS, "This letter in another language (on that language's page of this guide; your saved answers come with you):"),
        DocT::SummaryMadeOn => "Made on {date} with Second Opinion Navigator, from the answers saved on this device.",
    }
}
