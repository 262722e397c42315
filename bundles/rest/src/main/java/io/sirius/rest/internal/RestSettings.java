package io.sirius.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The REST surface's settings, PID {@code io.sirius.rest}. The port and bind address are pax-web's
 * ({@code etc/org.ops4j.pax.web.cfg}).
 */
@ObjectClassDefinition(name = "Sirius REST", description = "Limits of the REST and websocket surface")
public @interface RestSettings {

    /** @return the largest request body */
    @AttributeDefinition(description = "Largest request body in bytes; larger ones are refused with 413")
    int maxBodyBytes() default 4 * 1024 * 1024;

    /** @return announcements per second */
    @AttributeDefinition(description = "Announcements (PUT /transactions) accepted per second; more get 429")
    int maxAnnouncementsPerSecond() default 20_000;

    /** @return the CORS origin */
    @AttributeDefinition(description = "Value of Access-Control-Allow-Origin (browser wallets); empty for none")
    String allowedOrigin() default "*";

    /** @return the P2P port reported in /node/info */
    @AttributeDefinition(description = "The node-to-node port /node/info reports")
    int p2pPort() default 7900;

    /** @return the most websocket clients */
    @AttributeDefinition(description = "Most websocket connections at once")
    int maxWebsocketClients() default 1000;
}
