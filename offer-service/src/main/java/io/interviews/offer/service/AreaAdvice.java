package io.interviews.offer.service;

/** An improvement area as a feedback letter words it, in the letter's language: the dimension's name and advice. */
public record AreaAdvice(String name, String advice) {
}
