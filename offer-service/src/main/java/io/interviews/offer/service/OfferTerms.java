package io.interviews.offer.service;

import io.interviews.events.Language;
import io.interviews.events.Position;

/** What an offer says, before it is dated: it is rendered when drafted and again, dated, when approved. */
public record OfferTerms(Language language, String candidateName, Position position, SalaryOffer salary)
        implements LetterTerms {

    public OfferTerms withSalary(SalaryOffer newSalary) {
        return new OfferTerms(language, candidateName, position, newSalary);
    }
}
