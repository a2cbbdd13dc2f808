package io.interviews.offer.service;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a letter says before it is dated; stored with the letter, told apart by their fields. */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
@JsonSubTypes({@JsonSubTypes.Type(OfferTerms.class), @JsonSubTypes.Type(FeedbackTerms.class)})
public sealed interface LetterTerms permits OfferTerms, FeedbackTerms {
}
