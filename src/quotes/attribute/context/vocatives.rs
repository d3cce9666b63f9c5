//! A quote that opens by calling someone by name ("“Anna Berg, I know you
//! are listening …”") speaks to that person: whoever rule gave it to them,
//! the speaker is someone else.

use super::Context;
use crate::ids::PersonId;
use crate::quotes::Quote;
use crate::text::person::speaks;

impl Context<'_> {
    /// `p`, unless `q` opens by addressing `p`: then the latest person
    /// before the quote who was a sentence's subject or a quote's speaker
    /// and is not `p`, or no one.
    pub(in crate::quotes::attribute) fn speaker_unless_addressed(
        &self,
        q: &Quote,
        p: PersonId,
    ) -> Option<PersonId> {
        if !self.addresses(q, p) {
            return Some(p);
        }
        let at = q.outer().start;
        let i = self.subjects.partition_point(|(s, _)| *s < at);
        let subject = self.subjects[..i].iter().rev().find(|(_, s)| *s != p);
        let speaker = self
            .last_speaker
            .get()
            .filter(|(s, other)| *s < at && *other != p);
        match (subject, speaker) {
            (Some(&(a, s)), Some((b, o))) => Some(if b > a { o } else { s }),
            (Some(&(_, s)), None) => Some(s),
            (None, o) => o.map(|(_, o)| o),
        }
    }

    /// Whether the words of `q` open with a spelling of `p` and a comma,
    /// and go on in the first or second person ("Anna Berg, we hear you").
    fn addresses(&self, q: &Quote, p: PersonId) -> bool {
        let Some(person) = self.people.get(p.index()) else {
            return false;
        };
        let inner = self.text.get(q.inner()).unwrap_or("").trim_start();
        std::iter::once(&person.name)
            .chain(&person.variants)
            .filter_map(|v| inner.strip_prefix(v.as_str()))
            .any(|rest| rest.starts_with(',') && speaks(rest))
    }
}
