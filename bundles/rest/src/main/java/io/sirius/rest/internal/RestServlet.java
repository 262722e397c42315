package io.sirius.rest.internal;

import io.sirius.api.rest.RouteDescriptor;
import io.sirius.api.rest.RouteResponse;
import io.sirius.kernel.PluginContributions;
import io.sirius.kernel.chain.ChainService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST surface: one whiteboard servlet that routes every request to a core or plugin route, writes JSON, and
 * answers bad input with a 4xx and a js-xpx-chain-rest style body ({@code {code, message}}). A plugin's routes
 * appear and disappear with its bundle, since they are looked up per request.
 *
 * <p>Start-up order matters (the 404-after-start bug: on a loaded machine about one start in ten served Jetty's HTML
 * 404, naming this servlet, on every route until a restart). pax-web stops and restarts the Jetty context when the
 * websocket endpoint joins it; when that happened right after this servlet was added, Jetty could be left holding the
 * servlet as unavailable. So the servlet waits for the {@link WebSocketHub} (see {@link #websocketFirst}), and is
 * immediate: pax-web releases the servlet object while the context is stopped, and a delayed component was then
 * deactivated and recreated on a request thread. {@link RestSelfCheck} repairs the symptom if it still occurs.
 */
@Component(service = Servlet.class, configurationPid = "io.sirius.rest", immediate = true)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
@Designate(ocd = RestSettings.class)
public final class RestServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RestServlet.class);
    /** The most bytes of an oversized body read and dropped before answering 413. */
    private static final long DRAIN_BYTES = 64L << 20;

    private final transient ChainService chain;
    private final transient PluginContributions plugins;
    private final transient RestSettings settings;
    private final transient Json json = new Json();
    private final transient List<Route> core;
    /**
     * Not used by the servlet: the reference orders the registrations. pax-web stops and restarts the Jetty context
     * when the websocket endpoint joins a started context; with this servlet already in it, a request arriving
     * around that restart could leave Jetty holding the servlet as permanently unavailable (HTML 404 on every route
     * until the node restarted). Waiting for the hub, which registers {@code /ws} in its constructor, puts the
     * endpoint into the context before this servlet, so the restart happens while no route is served yet.
     */
    @Reference
    private transient WebSocketHub websocketFirst;

    /**
     * @param chain the chain
     * @param plugins the plugins' routes and transaction views
     * @param settings the limits
     */
    @Activate
    public RestServlet(@Reference ChainService chain, @Reference PluginContributions plugins, RestSettings settings) {
        this.chain = chain;
        this.plugins = plugins;
        this.settings = settings;
        this.core = new CoreRoutes(chain, plugins, json, new AnnounceLimiter(settings.maxAnnouncementsPerSecond()),
                settings.p2pPort()).routes();
        LOG.info("REST surface ready: {} core routes", core.size());
    }

    private List<Route> routes() {
        List<Route> all = new ArrayList<>(core);
        for (RouteDescriptor d : plugins.routes()) {
            all.add(new Route(d.method(), new PathPattern(d.path()), r -> d.handler().handle(r, chain.state()), "plugin"));
        }
        return all;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = settings.allowedOrigin();
        if (origin != null && !origin.isBlank()) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Content-Type");
        }
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setStatus(204);
            return;
        }
        String path = request.getPathInfo() == null ? request.getServletPath() : request.getServletPath() + request.getPathInfo();
        try {
            Optional<Router.Match> match = Router.find(routes(), method, path);
            if (match.isEmpty()) {
                throw new ApiException(404, "ResourceNotFound", "no route " + path);
            }
            if (match.get().route() == null) {
                throw new ApiException(405, "MethodNotAllowed", method + " is not allowed on " + path);
            }
            byte[] body = method.equals("GET") ? new byte[0] : readBody(request);
            RouteResponse answer = match.get().route().handler().handle(new Request(match.get().parameters(),
                    query(request), body));
            write(response, answer.status(), answer.body());
        } catch (ApiException e) {
            if (e.status() == 413) {
                response.setHeader("Connection", "close");
            }
            write(response, e.status(), Map.of("code", e.code(), "message", e.getMessage()));
        } catch (io.sirius.api.rest.InvalidArgumentException e) {
            write(response, 409, Map.of("code", "InvalidArgument", "message", String.valueOf(e.getMessage())));
        } catch (IllegalStateException e) {
            LOG.debug("Request {} {} could not be answered", method, path, e);
            write(response, 503, Map.of("code", "ServiceUnavailable", "message", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.error("Request {} {} failed", method, path, e);
            write(response, 500, Map.of("code", "Internal", "message", "the node could not answer: " + e));
        }
    }

    private byte[] readBody(HttpServletRequest request) throws IOException {
        int limit = settings.maxBodyBytes();
        try (InputStream in = request.getInputStream()) {
            if (request.getContentLengthLong() > limit) {
                throw tooLarge(in, limit);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) > 0) {
                if (out.size() + read > limit) {
                    throw tooLarge(in, limit);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    /**
     * Reads and drops what the client is still sending (up to {@value #DRAIN_BYTES} bytes), so it is listening for
     * the 413 when it comes instead of finding the connection reset under its upload.
     */
    private static ApiException tooLarge(InputStream in, int limit) throws IOException {
        long drained = 0;
        byte[] buffer = new byte[65536];
        int read;
        while (drained < DRAIN_BYTES && (read = in.read(buffer)) > 0) {
            drained += read;
        }
        return new ApiException(413, "PayloadTooLarge", "the body is larger than " + limit + " bytes");
    }

    private static Map<String, List<String>> query(HttpServletRequest request) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> out.put(k, Arrays.asList(v)));
        return out;
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = json.write(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
