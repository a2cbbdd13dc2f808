package io.interviews.offer.service;

/** What the offer templates fill in, already written for the letter's language. */
public record OfferLetter(String companyName, String companyContact, String candidateName, String positionTitle,
                          String level, String location, String letterDate, String salary, String salaryWindow,
                          String salaryPlacement, String benchmarkScope, String benchmarkSource,
                          String benchmarkAsOf, String benchmarkSampleSize, String benchmarkBasis, String startDate,
                          String replyBy) {
}
