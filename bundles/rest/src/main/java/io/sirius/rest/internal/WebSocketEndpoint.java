package io.sirius.rest.internal;

import javax.websocket.OnClose;
import javax.websocket.OnError;
import javax.websocket.OnMessage;
import javax.websocket.OnOpen;
import javax.websocket.Session;
import javax.websocket.server.ServerEndpoint;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The {@code /ws} endpoint. Jetty creates one per connection (it is not a DS component), so it finds the
 * {@link WebSocketHub} through the OSGi service registry and hands every event to it.
 */
@ServerEndpoint("/ws")
public final class WebSocketEndpoint {

    /** Runs {@code action} with the hub, if it is there, and releases it afterwards. */
    private static void withHub(java.util.function.Consumer<WebSocketHub> action) {
        Bundle bundle = FrameworkUtil.getBundle(WebSocketEndpoint.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return;
        }
        ServiceReference<WebSocketHub> reference = context.getServiceReference(WebSocketHub.class);
        WebSocketHub hub = reference == null ? null : context.getService(reference);
        if (hub == null) {
            return;
        }
        try {
            action.accept(hub);
        } finally {
            context.ungetService(reference);
        }
    }

    /**
     * @param session a new connection
     */
    @OnOpen
    public void open(Session session) {
        session.setMaxTextMessageBufferSize(4096);
        withHub(hub -> hub.opened(session));
    }

    /**
     * @param session the connection
     * @param text a client message
     */
    @OnMessage
    public void message(Session session, String text) {
        withHub(hub -> hub.received(session, text));
    }

    /**
     * @param session a closed connection
     */
    @OnClose
    public void close(Session session) {
        withHub(hub -> hub.closed(session));
    }

    /**
     * @param session the connection
     * @param error what went wrong
     */
    @OnError
    public void error(Session session, Throwable error) {
        withHub(hub -> hub.closed(session));
    }
}
