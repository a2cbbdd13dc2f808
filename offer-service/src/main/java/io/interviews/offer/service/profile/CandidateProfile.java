package io.interviews.offer.service.profile;

import java.util.List;

/**
 * What the application and the interview tell about a candidate, each field with the answer it came from; a field
 * the candidate never mentioned is null (lists are empty).
 */
public record CandidateProfile(Sourced<String> name, Sourced<Double> yearsOfExperience, List<Sourced<String>> skills,
                               List<Sourced<String>> projects, Sourced<SalaryFigure> currentSalary,
                               Sourced<SalaryFigure> expectedSalary) {

    public CandidateProfile {
        skills = List.copyOf(skills);
        projects = List.copyOf(projects);
    }
}
