package io.interviews.stage.service;

import io.interviews.events.Exchange;
import io.interviews.stage.code.CodeRun;

import java.util.List;

/** One exchange of the transcript and what running the code in its answer showed (empty when nothing ran). */
public record AnsweredQuestion(Exchange exchange, List<CodeRun> codeRuns) {

    public AnsweredQuestion {
        codeRuns = List.copyOf(codeRuns);
    }
}
