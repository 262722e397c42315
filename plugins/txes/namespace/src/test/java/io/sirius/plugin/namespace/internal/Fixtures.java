package io.sirius.plugin.namespace.internal;

import io.sirius.api.account.AccountState;
import io.sirius.api.account.AccountStateCache;
import io.sirius.api.model.Address;
import io.sirius.api.model.Height;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.plugin.mosaic.model.MosaicCache;
import io.sirius.plugin.namespace.internal.config.NamespaceConfig;
import io.sirius.plugin.namespace.internal.plugin.NamespacePlugin;
import io.sirius.plugin.namespace.model.NamespaceIds;
import io.sirius.plugin.namespace.state.ChildNamespace;
import io.sirius.plugin.namespace.state.NamespaceAlias;
import io.sirius.plugin.namespace.state.NamespaceCache;
import io.sirius.plugin.namespace.state.NamespaceIdSet;
import io.sirius.plugin.namespace.state.NamespaceLifetime;
import io.sirius.plugin.namespace.state.RootNamespace;
import io.sirius.plugin.testkit.ContextBuilder;
import io.sirius.plugin.testkit.InMemoryState;
import io.sirius.plugin.testkit.RecordingRegistrar;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Keys, config and state for the namespace plugin's tests.
 *
 * <p>The {@code [chain]} section has a block time of one hour so that durations are small numbers of blocks:
 * maxNamespaceDuration 10d is {@value #MAX_DURATION} blocks and the grace period 1d is {@value #GRACE} blocks. The
 * network key is {@link #NETWORK}.
 */
public final class Fixtures {
    /** The SDK vectors' signer (private key 0x01 repeated). */
    public static final PublicKey OWNER = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");
    /** Another account (the SDK vectors' edge key 0xFF repeated). */
    public static final PublicKey OTHER = PublicKey.fromHex("07CBA3DEEFDDBFB8F839820B46001780EA934B8F8769C7017B37241ACB87F8D5");
    /** A third account. */
    public static final PublicKey THIRD = PublicKey.fromHex("0065F4CA7EFF900CDC4171F53C94D906447BCB80E2ECA26B152B14B9E29ADCDB");
    /** The network's public key ({@code [network] publicKey}). */
    public static final PublicKey NETWORK = PublicKey.fromHex("B4F12E7C9F6946091E2CB8B6D3A12B50D17CCBBF646386EA27CE2946A7423DCF");
    /** The rental fee sink of Sirius's default config. */
    public static final PublicKey SINK = PublicKey.fromHex("3E82E1C1E4A75ADAA3CBA8C101C3CD31D9817A2EB966EB3B511FB2ED45B8E262");
    /** The longest rental, in blocks. */
    public static final long MAX_DURATION = 240;
    /** The grace period, in blocks. */
    public static final long GRACE = 24;
    /** The fee per block of a root. */
    public static final long ROOT_FEE_PER_BLOCK = 10;
    /** The fee of a child. */
    public static final long CHILD_FEE = 100;
    /** The most children of a root. */
    public static final int MAX_CHILDREN = 3;
    /** The longest name. */
    public static final int MAX_NAME_SIZE = 16;

    /** The namespace section the tests use. */
    public static final Map<String, String> CONFIG = Map.of(
            "maxNameSize", "16",
            "maxNamespaceDuration", "10d",
            "namespaceGracePeriodDuration", "1d",
            "reservedRootNamespaceNames", "xpx, prx",
            "namespaceRentalFeeSinkPublicKey", SINK.toHex(),
            "rootNamespaceRentalFeePerBlock", "10",
            "childNamespaceRentalFee", "100",
            "maxChildNamespaces", "3");
    /** The {@code [chain]} section the tests use: one-hour blocks. */
    public static final Map<String, String> CHAIN = Map.of("blockGenerationTargetTime", "1h");

    /** The root {@code alpha}. */
    public static final NamespaceId ALPHA = NamespaceIds.root("alpha");
    /** The child {@code alpha.beta}. */
    public static final NamespaceId BETA = NamespaceIds.child(ALPHA, "beta");
    /** The grandchild {@code alpha.beta.gamma}. */
    public static final NamespaceId GAMMA = NamespaceIds.child(BETA, "gamma");

    private Fixtures() {
    }

    /** @return a state declaring the namespace, account and mosaic caches, empty */
    public static InMemoryState state() {
        return InMemoryState.of(NamespaceCache.DESCRIPTOR, AccountStateCache.DESCRIPTOR, MosaicCache.DESCRIPTOR);
    }

    /**
     * @param height the height
     * @param state the state
     * @return a context builder with the test config, chain section and network key
     */
    public static ContextBuilder context(long height, InMemoryState state) {
        return ContextBuilder.context().height(height).state(state).config(NamespaceConfig.SECTION, CONFIG)
                .chainConfig(CHAIN).networkPublicKey(NETWORK);
    }

    /**
     * @param key a key
     * @return its mijin-test address, as the kernel derives it
     */
    public static Address address(PublicKey key) {
        return ContextBuilder.context().validation().addressOf(key);
    }

    /**
     * @param key an account
     * @param state the state to add it to
     * @return the account's address
     */
    public static Address account(PublicKey key, InMemoryState state) {
        Address address = address(key);
        state.cache(AccountStateCache.DESCRIPTOR).put(address, AccountState.create(address, new Height(1)));
        return address;
    }

    /**
     * @param start the start height
     * @param end the end height
     * @return the lifetime with the test grace period
     */
    public static NamespaceLifetime lifetime(long start, long end) {
        return new NamespaceLifetime(new Height(start), new Height(end), new Height(end + GRACE));
    }

    /**
     * @param name the root's name
     * @param owner its owner
     * @param start its start height
     * @param end its end height
     * @return a root without alias, children or history, not expired
     */
    public static RootNamespace root(String name, PublicKey owner, long start, long end) {
        return RootNamespace.register(NamespaceIds.root(name), name, owner, address(owner), lifetime(start, end));
    }

    /**
     * @param parent the parent's path
     * @param name the child's name
     * @return the child without alias
     */
    public static ChildNamespace child(List<NamespaceId> parent, String name) {
        List<NamespaceId> path = new ArrayList<>(parent);
        path.add(NamespaceIds.child(parent.get(parent.size() - 1), name));
        return new ChildNamespace(path, name, NamespaceAlias.none());
    }

    /**
     * @param children children
     * @return them in ascending id order, as retired holdings keep them
     */
    public static List<ChildNamespace> byId(ChildNamespace... children) {
        return java.util.stream.Stream.of(children).sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /**
     * Puts {@code alpha} (owned by {@link #OWNER}, active for [10, 110)) with {@code alpha.beta} and
     * {@code alpha.beta.gamma} into the namespace cache, and the owner index rows for the root.
     *
     * @param state the state
     * @return the root as stored
     */
    public static RootNamespace withAlphaTree(InMemoryState state) {
        ChildNamespace beta = child(List.of(ALPHA), "beta");
        ChildNamespace gamma = child(beta.path(), "gamma");
        RootNamespace alpha = root("alpha", OWNER, 10, 110).withChildren(NamespaceIdSet.of(List.of(BETA, GAMMA)));
        var delta = io.sirius.plugin.namespace.internal.cache.NamespaceDelta.of(state);
        delta.put(alpha);
        delta.put(beta);
        delta.put(gamma);
        delta.addOwned(OWNER, address(OWNER), ALPHA);
        delta.scheduleExpiry(new Height(110), ALPHA);
        return alpha;
    }

    /**
     * Runs every observer the plugin registers for the notification's class, as the kernel does: in registration
     * order on COMMIT, in reverse order on ROLLBACK.
     *
     * @param notification the notification
     * @param height the block's height
     * @param mode commit or rollback
     * @param state the state
     */
    public static void observe(Notification notification, long height, NotifyMode mode, InMemoryState state) {
        RecordingRegistrar registrar = new RecordingRegistrar();
        new NamespacePlugin().register(registrar);
        List<Observer<?>> observers = new ArrayList<>();
        for (Observer<?> observer : registrar.observers()) {
            if (observer.notificationType().equals(notification.getClass())) {
                observers.add(observer);
            }
        }
        if (mode == NotifyMode.ROLLBACK) {
            Collections.reverse(observers);
        }
        for (Observer<?> observer : observers) {
            notify(observer, notification, context(height, state).mode(mode));
        }
    }

    @SuppressWarnings("unchecked")
    private static <N extends Notification> void notify(Observer<N> observer, Notification notification, ContextBuilder context) {
        observer.notify((N) notification, context.observer());
    }
}
