package io.sirius.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.sirius.api.model.Address;
import io.sirius.api.model.NetworkType;
import io.sirius.crypto.Addresses;
import io.sirius.kernel.PluginContributions;
import io.sirius.kernel.chain.BlockInfo;
import io.sirius.kernel.chain.ChainEvents;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.CosignatureEvent;
import io.sirius.kernel.chain.TransactionEvent;
import io.sirius.kernel.chain.TransactionState;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.websocket.Session;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The websocket side of the REST surface, as the SDK's {@code Listener} speaks it: the server sends {@code {uid}}
 * first; clients subscribe to {@code block}, {@code confirmedAdded/ADDR}, {@code unconfirmedAdded/ADDR},
 * {@code unconfirmedRemoved/ADDR}, {@code status/ADDR}, {@code partialAdded/ADDR}, {@code partialRemoved/ADDR} and
 * {@code cosignature/ADDR}; chain events go to the sessions subscribed to them.
 *
 * <p>It registers the {@code /ws} endpoint with pax-web's whiteboard itself, once the default servlet context and
 * the HTTP runtime exist (an endpoint registered earlier can be lost, see notes/osgi-stack.md). Jetty creates the
 * endpoint objects; they find this hub as an OSGi service. A client that falls too far behind is disconnected
 * rather than buffered without bound.
 */
@Component(service = WebSocketHub.class, immediate = true, configurationPid = "io.sirius.rest")
public final class WebSocketHub implements ChainEvents {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketHub.class);
    private static final int MAX_PENDING = 1000;
    /** The longest client message taken, in characters (the endpoint's text buffer). */
    private static final int MAX_MESSAGE = 4096;
    /** The channels of an address's transactions; {@code block} is the other one. */
    private static final List<String> ADDRESS_CHANNELS = List.of("confirmedAdded", "unconfirmedAdded",
            "unconfirmedRemoved", "status", "partialAdded", "partialRemoved", "cosignature");

    private final ChainService chain;
    private final PluginContributions plugins;
    private final RestSettings settings;
    private final Json json = new Json();
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    /**
     * Who listens to each channel (as {@link #normalize} keys it), so an event is matched by looking its channels up
     * rather than by asking every client; and how many subscriptions each kind of channel has ({@code block},
     * {@code confirmedAdded}, ...), so an event nobody could listen to costs nothing (not even its channel names,
     * which spell each participant's address).
     */
    private final Map<String, Set<Client>> subscribers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> subscriptionsByKind = new ConcurrentHashMap<>();
    private final ServiceRegistration<Object> endpoint;

    /** One connection and what it listens to. */
    private static final class Client {
        final Session session;
        final String uid;
        final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
        final AtomicInteger pending = new AtomicInteger();

        Client(Session session, String uid) {
            this.session = session;
            this.uid = uid;
        }
    }

    /**
     * @param chain the chain's events
     * @param plugins transaction views
     * @param settings the limits
     * @param context the bundle's context, to register the endpoint
     * @param defaultContext the default servlet context (must exist before the endpoint is registered)
     * @param runtime the HTTP runtime (likewise)
     */
    @Activate
    public WebSocketHub(@Reference ChainService chain, @Reference PluginContributions plugins, RestSettings settings,
            BundleContext context,
            @Reference(target = "(osgi.http.whiteboard.context.name=default)") ServletContextHelper defaultContext,
            @Reference HttpServiceRuntime runtime) {
        this.chain = chain;
        this.plugins = plugins;
        this.settings = settings;
        chain.addListener(this);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("org.ops4j.pax.web.http.whiteboard.websocket", Boolean.TRUE);
        properties.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=default)");
        this.endpoint = context.registerService(Object.class, new WebSocketEndpoint(), properties);
        LOG.info("Websocket endpoint /ws registered");
    }

    @Deactivate
    void deactivate() {
        chain.removeListener(this);
        endpoint.unregister();
        for (Client c : clients.values()) {
            close(c, "the node's websocket service is stopping");
        }
        clients.clear();
        subscribers.clear();
        subscriptionsByKind.clear();
    }

    void opened(Session session) {
        if (clients.size() >= settings.maxWebsocketClients()) {
            try {
                session.close(new javax.websocket.CloseReason(javax.websocket.CloseReason.CloseCodes.TRY_AGAIN_LATER,
                        "too many websocket clients"));
            } catch (java.io.IOException e) {
                LOG.debug("Closing a refused websocket failed", e);
            }
            return;
        }
        String uid = UUID.randomUUID().toString();
        Client client = new Client(session, uid);
        clients.put(session.getId(), client);
        send(client, Map.of("uid", uid));
    }

    void closed(Session session) {
        Client client = clients.remove(session.getId());
        if (client != null) {
            forget(client);
        }
    }

    private void subscribe(Client client, String channel) {
        if (client.subscriptions.add(channel)) {
            subscribers.compute(channel, (key, set) -> {
                Set<Client> out = set == null ? ConcurrentHashMap.newKeySet() : set;
                out.add(client);
                return out;
            });
            subscriptionsByKind.computeIfAbsent(kind(channel), k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void unsubscribe(Client client, String channel) {
        if (client.subscriptions.remove(channel)) {
            subscribers.computeIfPresent(channel, (key, set) -> {
                set.remove(client);
                return set.isEmpty() ? null : set;
            });
            subscriptionsByKind.get(kind(channel)).decrementAndGet();
        }
    }

    /** Drops a gone client's subscriptions. */
    private void forget(Client client) {
        for (String channel : List.copyOf(client.subscriptions)) {
            unsubscribe(client, channel);
        }
    }

    private static String kind(String channel) {
        int slash = channel.indexOf('/');
        return slash < 0 ? channel : channel.substring(0, slash);
    }

    /** @return whether any client listens to a channel of this kind */
    private boolean listened(String kind) {
        AtomicInteger count = subscriptionsByKind.get(kind);
        return count != null && count.get() > 0;
    }

    /**
     * Takes a client's {@code {"uid", "subscribe": channel}} or {@code {"uid", "unsubscribe": channel}}. A message that
     * is not one of those, or names another connection's uid or an unknown channel, is answered with
     * {@code {"code": "InvalidArgument", "message"}} (a shape the SDK's Listener ignores) and the connection stays open
     * with its subscriptions, where js-xpx-chain-rest would close it.
     */
    void received(Session session, String text) {
        Client client = clients.get(session.getId());
        if (client == null) {
            return;
        }
        String refusal = take(client, text);
        if (refusal != null) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("code", "InvalidArgument");
            answer.put("message", refusal);
            send(client, answer);
        }
    }

    /** @return why the message was not taken, or null once it was */
    private String take(Client client, String text) {
        if (text.length() > MAX_MESSAGE) {
            return "a message has at most " + MAX_MESSAGE + " characters";
        }
        JsonNode message;
        try {
            message = json.read(text.getBytes(StandardCharsets.UTF_8));
        } catch (ApiException e) {
            return e.getMessage();
        }
        if (!message.isObject()) {
            return "a message is {\"uid\", \"subscribe\": channel} or {\"uid\", \"unsubscribe\": channel}";
        }
        JsonNode uid = message.get("uid");
        if (uid == null || !uid.isTextual() || !uid.asText().equals(client.uid)) {
            return "the message's uid is not this connection's";
        }
        JsonNode subscribe = message.get("subscribe");
        JsonNode unsubscribe = message.get("unsubscribe");
        if ((subscribe == null) == (unsubscribe == null)) {
            return "a message either subscribes or unsubscribes";
        }
        JsonNode channel = subscribe == null ? unsubscribe : subscribe;
        if (!channel.isTextual()) {
            return "the channel must be a string";
        }
        String normalized = normalize(channel.asText());
        if (normalized == null) {
            return "no channel '" + channel.asText() + "': block, or " + String.join(", ", ADDRESS_CHANNELS)
                    + " followed by /address";
        }
        if (subscribe != null) {
            subscribe(client, normalized);
        } else {
            unsubscribe(client, normalized);
        }
        return null;
    }

    /**
     * @param channel a channel as the SDK names it: {@code block}, or a channel of transactions followed by
     *     {@code /} and a base32 address (with or without dashes)
     * @return the channel as this hub keys it (the address in plain base32), or null if there is no such channel
     */
    private static String normalize(String channel) {
        if (channel.equals("block")) {
            return channel;
        }
        int slash = channel.indexOf('/');
        String name = slash < 0 ? channel : channel.substring(0, slash);
        if (!ADDRESS_CHANNELS.contains(name)) {
            return null;
        }
        if (slash < 0) {
            return channel;
        }
        try {
            return name + "/" + Address.parse(channel.substring(slash + 1)).plain();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void blockAdded(BlockInfo block) {
        if (listened("block")) {
            broadcast(Set.of("block"), () -> Views.block(block));
        }
    }

    @Override
    public void confirmedAdded(TransactionEvent event) {
        transaction("confirmedAdded", event);
    }

    @Override
    public void unconfirmedAdded(TransactionEvent event) {
        transaction("unconfirmedAdded", event);
    }

    @Override
    public void unconfirmedRemoved(TransactionEvent event) {
        removed("unconfirmedRemoved", event);
    }

    @Override
    public void partialAdded(TransactionEvent event) {
        transaction("partialAdded", event);
    }

    @Override
    public void partialRemoved(TransactionEvent event) {
        removed("partialRemoved", event);
    }

    @Override
    public void cosignatureAdded(CosignatureEvent event) {
        if (!listened("cosignature")) {
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("parentHash", event.parentHash().toHex());
        message.put("signature", event.signature().toHex());
        message.put("signer", event.signer().toHex());
        message.put("scheme", event.scheme().code());
        Set<String> targets = new java.util.HashSet<>();
        event.participants().forEach(a -> targets.add("cosignature/" + a.plain()));
        broadcast(targets, () -> message);
    }

    private void removed(String channel, TransactionEvent event) {
        if (!listened(channel)) {
            return;
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("channelName", channel);
        meta.put("hash", event.hash().toHex());
        broadcast(channels(channel, event.participants()), () -> Map.of("meta", meta));
    }

    @Override
    public void transactionChanged(TransactionState state) {
        if (!listened("status") || !state.group().equals("failed") || state.signer().isEmpty()) {
            return;
        }
        NetworkType network = chain.network().map(n -> n.network()).orElse(null);
        if (network == null) {
            return;
        }
        Address signer = Addresses.of(state.signer().get(), network);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("status", state.status());
        message.put("hash", state.hash().toHex());
        message.put("deadline", Views.u64(state.deadline()));
        broadcast(Set.of("status/" + signer.plain()), () -> message);
    }

    private void transaction(String channel, TransactionEvent event) {
        if (!listened(channel)) {
            return;
        }
        // The transaction's JSON (its body decoded by its plugin) is built only if a client listens on its channels.
        broadcast(channels(channel, event.participants()), () -> {
            Map<String, Object> info = Views.transactionInfo(event.payload(), event.hash(), event.merkleComponentHash(),
                    event.height(), event.index(), plugins, chain.network().map(n -> n.generationHash())
                            .orElse(io.sirius.api.model.Hash256.ZERO));
            @SuppressWarnings("unchecked")
            Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) info.get("meta"));
            meta.put("channelName", channel);
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("transaction", info.get("transaction"));
            message.put("meta", meta);
            return message;
        });
    }

    private static Set<String> channels(String channel, Set<Address> participants) {
        Set<String> out = new java.util.HashSet<>();
        out.add(channel);
        participants.forEach(a -> out.add(channel + "/" + a.plain()));
        return out;
    }

    /** Sends a message once to each client subscribed to any of the channels, building it only if one is. */
    private void broadcast(Set<String> channels, Supplier<?> message) {
        Set<Client> recipients = null;
        for (String channel : channels) {
            Set<Client> listening = subscribers.get(channel);
            if (listening != null && !listening.isEmpty()) {
                if (recipients == null) {
                    recipients = new java.util.HashSet<>();
                }
                recipients.addAll(listening);
            }
        }
        if (recipients == null) {
            return;
        }
        String text = json.writeString(message.get());
        for (Client client : recipients) {
            send(client, text);
        }
    }

    private void send(Client client, Object message) {
        send(client, json.writeString(message));
    }

    private void send(Client client, String text) {
        if (client.pending.incrementAndGet() > MAX_PENDING) {
            close(client, "the client reads too slowly");
            return;
        }
        try {
            client.session.getAsyncRemote().sendText(text, result -> client.pending.decrementAndGet());
        } catch (RuntimeException e) {
            client.pending.decrementAndGet();
            LOG.debug("Sending to websocket {} failed", client.uid, e);
        }
    }

    private void close(Client client, String reason) {
        clients.remove(client.session.getId());
        forget(client);
        try {
            client.session.close(new javax.websocket.CloseReason(javax.websocket.CloseReason.CloseCodes.GOING_AWAY, reason));
        } catch (java.io.IOException | RuntimeException e) {
            LOG.debug("Closing websocket {} failed", client.uid, e);
        }
    }
}
