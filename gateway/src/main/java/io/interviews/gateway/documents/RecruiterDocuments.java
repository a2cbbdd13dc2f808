package io.interviews.gateway.documents;

import io.interviews.gateway.config.GatewayConfig;
import io.interviews.gateway.repository.InterviewRepository;
import io.interviews.gateway.service.InterviewErasures;
import io.interviews.gateway.service.RequestRejected;
import io.interviews.kit.security.ServiceApiConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The scorecard and letter PDFs for recruiters, fetched from the scoring and offer services, whose APIs only the
 * system's services may call (service API key). Their refusals become the gateway's problems: {@code 404} while
 * the document does not exist yet, {@code 503} while the service cannot be reached, {@code 502} for any other
 * failure of the service.
 */
@Startup // a missing service API key stops the start-up, not the first download
@ApplicationScoped
public class RecruiterDocuments {

    public static final String PDF = "application/pdf";
    private static final Logger LOG = Logger.getLogger(RecruiterDocuments.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private final InterviewRepository interviews;
    private final InterviewErasures erasures;
    private final ScoringServiceApi scoring;
    private final OfferServiceApi offers;

    RecruiterDocuments(GatewayConfig config, ServiceApiConfig serviceApi, InterviewRepository interviews,
                       InterviewErasures erasures) {
        this.interviews = interviews;
        this.erasures = erasures;
        String authorization = "Bearer " + serviceApi.serviceApiKey().map(String::strip).filter(k -> !k.isEmpty())
                .orElseThrow(() -> new IllegalStateException("the gateway fetches PDFs from the scoring and offer "
                        + "services: set INTERVIEW_SERVICE_API_KEY (interview.security.service-api-key)"));
        this.scoring = client(config.scoringUrl(), authorization, ScoringServiceApi.class);
        this.offers = client(config.offerUrl(), authorization, OfferServiceApi.class);
    }

    /** The scoring-service's PDF report of the interview's scorecard. */
    public byte[] scorecardPdf(UUID interviewId) {
        return fetch(interviewId, "scoring-service", "the interview is not scored yet",
                () -> scoring.reportPdf(interviewId));
    }

    /** The offer-service's PDF of the interview's letter, as drafted or as sent. */
    public byte[] letterPdf(UUID interviewId) {
        return fetch(interviewId, "offer-service", "no letter has been drafted yet",
                () -> offers.letterPdf(interviewId));
    }

    private byte[] fetch(UUID interviewId, String service, String notThereYet, Supplier<byte[]> download) {
        if (interviews.findByIdOptional(interviewId).isEmpty()) {
            throw erasures.absent(interviewId);
        }
        try {
            return download.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == Status.NOT_FOUND.getStatusCode()) {
                throw new RequestRejected(Status.NOT_FOUND, notThereYet);
            }
            LOG.warnf("%s answered %d for interview %s", service, status, interviewId);
            throw new RequestRejected(Status.BAD_GATEWAY,
                    service + " could not provide the document (HTTP " + status + ")");
        } catch (ProcessingException e) {
            LOG.warnf("%s unreachable for interview %s: %s", service, interviewId, e.getMessage());
            throw new RequestRejected(Status.SERVICE_UNAVAILABLE, service + " cannot be reached; try again shortly");
        }
    }

    private static <T> T client(String baseUrl, String authorization, Class<T> api) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(baseUrl))
                .connectTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .register((ClientRequestFilter) request ->
                        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, authorization))
                .build(api);
    }
}
