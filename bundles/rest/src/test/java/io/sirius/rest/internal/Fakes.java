package io.sirius.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.ReadListener;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.websocket.CloseReason;
import javax.websocket.RemoteEndpoint;
import javax.websocket.SendHandler;
import javax.websocket.SendResult;
import javax.websocket.Session;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.runtime.HttpServiceRuntime;

/**
 * In-memory stand-ins for what the container hands the REST bundle: configuration annotations with their defaults,
 * servlet requests and responses, websocket sessions, the bundle context. Only the methods the bundle calls are
 * answered; any other throws, so a test notices when the bundle starts relying on more.
 */
final class Fakes {
    private Fakes() {
    }

    /**
     * @param type a configuration annotation (DS component property type)
     * @param overrides values by method name; the rest are the annotation's defaults
     * @return an instance, as DS would build it from ConfigAdmin
     */
    static <A extends Annotation> A config(Class<A> type, Map<String, Object> overrides) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("annotationType")) {
                return type;
            }
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, type.getSimpleName());
            }
            if (overrides.containsKey(method.getName())) {
                return overrides.get(method.getName());
            }
            return method.getDefaultValue();
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args, String name) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "fake " + name;
            default -> throw new UnsupportedOperationException(method.getName());
        };
    }

    /** Builds a proxy answering the named methods; others throw. */
    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, java.util.function.Function<Object[], Object>> answers) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args, type.getSimpleName());
            }
            java.util.function.Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName()
                        + " is not faked: the bundle now calls it");
            }
            return answer.apply(args == null ? new Object[0] : args);
        };
        return (T) Proxy.newProxyInstance(Fakes.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /**
     * A request as pax-web hands it to a servlet registered at {@code /*}: empty servlet path, the path as path info.
     *
     * @param method the HTTP method
     * @param pathAndQuery the path, with an optional {@code ?query}
     * @param body the body (empty for none)
     * @param declaredLength the Content-Length header, or -1 when the client streams without one
     */
    static HttpServletRequest request(String method, String pathAndQuery, byte[] body, long declaredLength) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        Map<String, String[]> parameters = question < 0 ? Map.of() : parameters(pathAndQuery.substring(question + 1));
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        ServletInputStream stream = new ServletInputStream() {
            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }
        };
        Map<String, java.util.function.Function<Object[], Object>> answers = new LinkedHashMap<>();
        answers.put("getMethod", a -> method);
        answers.put("getServletPath", a -> "");
        answers.put("getPathInfo", a -> URLDecoder.decode(path, StandardCharsets.UTF_8));
        answers.put("getInputStream", a -> stream);
        answers.put("getContentLengthLong", a -> declaredLength);
        answers.put("getContentLength", a -> (int) declaredLength);
        answers.put("getParameterMap", a -> parameters);
        return proxy(HttpServletRequest.class, answers);
    }

    private static Map<String, String[]> parameters(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v.toArray(String[]::new)));
        return Collections.unmodifiableMap(out);
    }

    /** What a servlet wrote. */
    static final class Response {
        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        int status = 200;
        String contentType;
        final HttpServletResponse servlet;

        Response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }
            };
            Map<String, java.util.function.Function<Object[], Object>> answers = new LinkedHashMap<>();
            answers.put("setHeader", a -> headers.put((String) a[0], (String) a[1]));
            answers.put("setStatus", a -> {
                status = (Integer) a[0];
                return null;
            });
            answers.put("setContentType", a -> {
                contentType = (String) a[0];
                return null;
            });
            answers.put("setCharacterEncoding", a -> null);
            answers.put("setContentLength", a -> {
                headers.put("Content-Length", String.valueOf(a[0]));
                return null;
            });
            answers.put("getOutputStream", a -> out);
            servlet = proxy(HttpServletResponse.class, answers);
        }
    }

    /** A websocket connection as the hub sees it, recording what it is sent and whether it was closed. */
    static final class Socket {
        private static final AtomicInteger IDS = new AtomicInteger();
        final String id = "session-" + IDS.incrementAndGet();
        final List<String> sent = new CopyOnWriteArrayList<>();
        volatile CloseReason closed;
        final Session session;

        Socket() {
            this(true);
        }

        /**
         * @param reads whether the client reads what it is sent (each send completes at once), or never does (sends
         *     stay pending, as with a client that stopped reading)
         */
        Socket(boolean reads) {
            SendResult ok = new SendResult();
            RemoteEndpoint.Async remote = proxy(RemoteEndpoint.Async.class, Map.of("sendText", a -> {
                sent.add((String) a[0]);
                if (reads && a.length > 1 && a[1] != null) {
                    ((SendHandler) a[1]).onResult(ok);
                }
                return null;
            }));
            Map<String, java.util.function.Function<Object[], Object>> answers = new LinkedHashMap<>();
            answers.put("getId", a -> id);
            answers.put("getAsyncRemote", a -> remote);
            answers.put("close", a -> {
                closed = a.length == 0 ? new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "") : (CloseReason) a[0];
                return null;
            });
            answers.put("isOpen", a -> closed == null);
            session = proxy(Session.class, answers);
        }
    }

    /** A bundle context that only lets the hub register its endpoint. */
    static BundleContext bundleContext(List<Object> registered) {
        ServiceRegistration<?> registration = proxy(ServiceRegistration.class, Map.of("unregister", a -> null));
        return proxy(BundleContext.class, Map.of("registerService", a -> {
            registered.add(a[1]);
            return registration;
        }));
    }

    /** @return an HTTP runtime the hub only waits for */
    static HttpServiceRuntime httpRuntime() {
        return proxy(HttpServiceRuntime.class, Map.of());
    }
}
