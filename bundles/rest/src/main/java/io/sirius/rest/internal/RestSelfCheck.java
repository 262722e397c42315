package io.sirius.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks from inside the node that the REST servlet really answers on the HTTP port, and registers it again if
 * pax-web lost it.
 *
 * <p>Why: pax-web can keep a servlet in its model while Jetty holds it as permanently unavailable; every request
 * then gets Jetty's HTML 404 (with the servlet's name in it) and nothing is logged. {@link RestServlet} explains the
 * cause found and fixed; this check turns any other path to the same state into one clear ERROR line and a repair
 * instead of a node that serves 404 until it is restarted.
 *
 * <p>How: every {@value #PERIOD_SECONDS} s (the first time {@value #FIRST_CHECK_SECONDS} s after start) it sends
 * {@code GET /chain/height} to the loopback address of pax-web's endpoint ({@code osgi.http.endpoint} of the
 * {@link HttpServiceRuntime}). The REST servlet answers every request with JSON, so a non-JSON 404 means the servlet
 * is not serving. Then a new whiteboard servlet that hands each request to the same {@link RestServlet} instance is
 * registered on {@code /*} with a higher {@code service.ranking}, which makes pax-web build a new Jetty holder for
 * it and shadow the broken one. A refused connection or any other answer is not acted on (Jetty may be restarting).
 */
@Component(immediate = true)
public final class RestSelfCheck {
    private static final Logger LOG = LoggerFactory.getLogger(RestSelfCheck.class);
    static final int FIRST_CHECK_SECONDS = 5;
    static final int PERIOD_SECONDS = 30;
    private static final int TIMEOUT_MILLIS = 3000;

    /** What the HTTP port answered. */
    enum Probe {
        /** the REST servlet answered (JSON, whatever the status) */
        SERVING,
        /** Jetty answered a non-JSON 404: no servlet handled the request */
        NOT_SERVING,
        /** no answer, or one that says nothing about the servlet (e.g. 503 while Jetty restarts) */
        UNKNOWN
    }

    /** Registers the REST servlet again; returns a description for the log. */
    interface Repair {
        String reregister(int attempt);
    }

    private final URI target;
    private final Repair repair;
    private final ScheduledExecutorService timer;
    private ServiceRegistration<Servlet> replacement;
    private int repairs;
    private boolean broken;

    /**
     * @param context the bundle's context, to register a replacement servlet
     * @param servlet the REST servlet
     * @param runtimeProperties the HTTP runtime's service properties (its endpoint)
     */
    @Activate
    public RestSelfCheck(BundleContext context,
            @Reference(target = "(component.name=io.sirius.rest.internal.RestServlet)") Servlet servlet,
            @Reference(service = HttpServiceRuntime.class) Map<String, Object> runtimeProperties) {
        this.target = probeUri(runtimeProperties.get("osgi.http.endpoint")).orElse(null);
        this.repair = attempt -> {
            synchronized (this) {
                if (replacement != null) {
                    replacement.unregister();
                }
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put("osgi.http.whiteboard.servlet.pattern", "/*");
                properties.put("osgi.http.whiteboard.servlet.name", "sirius-rest-" + attempt);
                properties.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=default)");
                properties.put("service.ranking", attempt);
                replacement = context.registerService(Servlet.class, new Delegate(servlet), properties);
                return "servlet sirius-rest-" + attempt + " on /* (service.ranking " + attempt + ")";
            }
        };
        if (target == null) {
            LOG.warn("REST self check off: the HTTP runtime reports no usable endpoint ({})",
                    runtimeProperties.get("osgi.http.endpoint"));
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sirius-rest-selfcheck");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, FIRST_CHECK_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        LOG.info("REST self check: probing {} every {} s", target, PERIOD_SECONDS);
    }

    /** For tests: checks {@code target} and repairs with {@code repair}; nothing is scheduled. */
    RestSelfCheck(URI target, Repair repair) {
        this.target = target;
        this.repair = repair;
        this.timer = null;
    }

    @Deactivate
    synchronized void deactivate() {
        if (timer != null) {
            timer.shutdownNow();
        }
        if (replacement != null) {
            replacement.unregister();
            replacement = null;
        }
    }

    /** One check: probes the port and repairs if the servlet is not serving. */
    synchronized Probe check() {
        Probe probe = probe(target);
        if (probe == Probe.NOT_SERVING) {
            repairs++;
            broken = true;
            String what = repair.reregister(repairs);
            LOG.error("REST self check: {} answered Jetty's 404, not the REST servlet (pax-web lost the servlet "
                    + "registration); registered it again as {}", target, what);
        } else if (probe == Probe.SERVING && broken) {
            broken = false;
            LOG.info("REST self check: the REST servlet answers again on {}", target);
        }
        return probe;
    }

    /** @return how many times the servlet was registered again */
    synchronized int repairs() {
        return repairs;
    }

    /**
     * The probe address: {@code chain/height} under the first HTTP endpoint, with a wildcard bind address replaced by
     * the loopback one.
     *
     * @param endpoint the {@code osgi.http.endpoint} property: a String, String[] or collection of them
     */
    static Optional<URI> probeUri(Object endpoint) {
        List<String> endpoints = new ArrayList<>();
        if (endpoint instanceof String s) {
            endpoints.add(s);
        } else if (endpoint instanceof String[] a) {
            endpoints.addAll(List.of(a));
        } else if (endpoint instanceof Collection<?> c) {
            c.forEach(e -> endpoints.add(String.valueOf(e)));
        }
        for (String e : endpoints) {
            try {
                URI uri = URI.create(e.trim());
                if (!"http".equals(uri.getScheme()) || uri.getPort() <= 0) {
                    continue;
                }
                String host = uri.getHost();
                if (host == null || host.equals("0.0.0.0") || host.equals("[::]") || host.equals("::")) {
                    host = "127.0.0.1";
                }
                return Optional.of(new URI("http", null, host, uri.getPort(), "/chain/height", null, null));
            } catch (IllegalArgumentException | java.net.URISyntaxException ex) {
                LOG.debug("Skipping HTTP endpoint {}", e, ex);
            }
        }
        return Optional.empty();
    }

    /** Sends one GET to {@code uri} and says whether the REST servlet answered it. */
    static Probe probe(URI uri) {
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setUseCaches(false);
            int status = connection.getResponseCode();
            String type = connection.getContentType();
            InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
            if (body != null) {
                body.readAllBytes();
                body.close();
            }
            if (type != null && type.startsWith("application/json")) {
                return Probe.SERVING;
            }
            return status == 404 ? Probe.NOT_SERVING : Probe.UNKNOWN;
        } catch (IOException e) {
            return Probe.UNKNOWN;
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    /** A servlet with a fresh Jetty holder that hands every request to the REST servlet's instance. */
    private static final class Delegate extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient Servlet target;

        Delegate(Servlet target) {
            this.target = target;
        }

        @Override
        public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
            target.service(request, response);
        }
    }
}
