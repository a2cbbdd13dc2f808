package io.interviews.floor;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.util.UUID;

/**
 * The gateway's part of answer → next question at its least: an answer taken over HTTP (its state and outbox row in one
 * transaction), and each question the stage asks sent to the candidate's event stream.
 */
@Path("/path/{interviewId}")
public class PathResource {

    private final PathGateway gateway;

    PathResource(PathGateway gateway) {
        this.gateway = gateway;
    }

    @POST
    @Path("answers")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response answer(@RestPath UUID interviewId, String text) {
        gateway.accept(interviewId, text);
        return Response.accepted().build();
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<String> events(@RestPath UUID interviewId) {
        return gateway.follow(interviewId);
    }
}
