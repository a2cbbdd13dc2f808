package io.interviews.evaluation;

import io.interviews.events.Language;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * One answer of the labelled set: what a candidate wrote to a main question, and how a hiring manager rates it on
 * each dimension the question rates (1–5, by the anchors' descriptions).
 *
 * @param group the content: an English answer and its Chinese version share it, and always the same split
 * @param style how it is written ({@code terse}, {@code narrative}, {@code star}, {@code non-native},
 *              {@code other-field}, {@code plain-words}, {@code compact}, {@code padded}, {@code candid-junior},
 *              {@code jargon}, {@code overclaim}, {@code confident}, {@code translated}, {@code mixed}; the
 *              evaluation README's table says what each is)
 * @param level the overall level its writer aimed at
 */
public record LabelledAnswer(String id, String group, String stage, String questionId, Language language, String style,
                             int level, Map<String, Integer> labels, String text) {

    public LabelledAnswer {
        // sorted: every pass over the labels, and so every fitted number, comes out the same in every run
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
    }

    /** The fixed rule: two groups in five are {@code test} (only ever reported), by the CRC-32 of the group id. */
    public Split split() {
        CRC32 crc = new CRC32();
        crc.update(group.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 5 < 2 ? Split.TEST : Split.DEV;
    }

    public double meanLabel() {
        return labels.values().stream().mapToInt(Integer::intValue).average().orElseThrow();
    }

    public enum Split {
        /** Fitting and tuning happen here. */
        DEV,
        /** Reported only: nothing is fitted or tuned on it. */
        TEST
    }
}
