package io.sirius.kernel.internal.pipeline;

import io.sirius.api.config.ConfigProperties;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.model.Address;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.Height;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.ObserverContext;
import io.sirius.api.receipt.Receipt;
import io.sirius.api.resolver.Resolvers;
import io.sirius.api.state.StateDelta;
import io.sirius.api.state.StateView;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.ValidationContext;
import io.sirius.kernel.internal.core.KernelContext;
import io.sirius.kernel.receipts.ReceiptRecorder;
import io.sirius.state.StateChanges;

/**
 * The kernel's implementations of the contexts validators and observers are handed.
 */
final class Contexts {

    private Contexts() {
    }

    /** Resolves as another resolver does and records each alias it resolves (Sirius's resolution statements). */
    private record Recording(Resolvers resolvers, ReceiptRecorder recorder) implements Resolvers {
        @Override
        public java.util.Optional<io.sirius.api.model.MosaicId> resolve(io.sirius.api.model.UnresolvedMosaicId id) {
            java.util.Optional<io.sirius.api.model.MosaicId> resolved = resolvers.resolve(id);
            resolved.ifPresent(r -> recorder.resolved(id, r));
            return resolved;
        }

        @Override
        public java.util.Optional<Address> resolve(io.sirius.api.model.UnresolvedAddress address) {
            java.util.Optional<Address> resolved = resolvers.resolve(address);
            resolved.ifPresent(r -> recorder.resolved(address, r));
            return resolved;
        }
    }

    /** What every context answers from the environment. */
    abstract static class Base {
        final Environment environment;

        Base(Environment environment) {
            this.environment = environment;
        }

        public Height height() {
            return environment.height();
        }

        public Timestamp blockTime() {
            return environment.blockTime();
        }

        public NetworkType network() {
            return environment.identity().network();
        }

        public Hash256 generationHash() {
            return environment.identity().generationHash();
        }

        public MosaicId currencyMosaicId() {
            return environment.identity().currencyMosaicId();
        }

        public <C> C config(ConfigSection<C> section) {
            return environment.section(section);
        }

        public io.sirius.kernel.config.NetworkConfiguration networkConfig() {
            return environment.config();
        }

        public Address addressOf(PublicKey key) {
            return environment.addresses().addressOf(key);
        }

        public PublicKey networkPublicKey() {
            return environment.config().networkPublicKey();
        }

        public ConfigProperties chainConfig() {
            return environment.config().chainProperties();
        }
    }

    /** For stateless validators. */
    static final class Stateless extends Base implements ValidationContext, io.sirius.kernel.internal.core.ConfigContext {
        Stateless(Environment environment) {
            super(environment);
        }
    }

    /** For stateful validators: reads the delta of the transaction being processed. */
    static final class Stateful extends Base implements StatefulValidationContext, KernelContext {
        private final StateChanges changes;
        private final Resolvers resolvers;

        Stateful(Environment environment, StateChanges changes) {
            super(environment);
            this.changes = changes;
            this.resolvers = new ResolverChain(environment.plugins(), changes);
        }

        @Override
        public StateView state() {
            return changes;
        }

        @Override
        public Resolvers resolvers() {
            return resolvers;
        }

        @Override
        public StateChanges changes() {
            return changes;
        }

    }

    /**
     * For observers. While a block is applied (commit mode with a recorder), receipts and the resolutions of aliases go
     * to the transaction's {@link ReceiptRecorder}; otherwise receipts are dropped and nothing is recorded.
     */
    static final class Observing extends Base implements ObserverContext, KernelContext {
        private final NotifyMode mode;
        private final StateChanges changes;
        private final Resolvers resolvers;
        private final ReceiptRecorder recorder;

        Observing(Environment environment, NotifyMode mode, StateChanges changes) {
            this(environment, mode, changes, null);
        }

        Observing(Environment environment, NotifyMode mode, StateChanges changes, ReceiptRecorder recorder) {
            super(environment);
            this.mode = mode;
            this.changes = changes;
            this.recorder = mode == NotifyMode.COMMIT ? recorder : null;
            Resolvers chain = new ResolverChain(environment.plugins(), changes);
            this.resolvers = this.recorder == null ? chain : new Recording(chain, this.recorder);
        }

        /** @return the recorder, or null when nothing is recorded */
        ReceiptRecorder recorder() {
            return recorder;
        }

        @Override
        public void addReceipt(Receipt receipt) {
            if (recorder != null) {
                recorder.add(receipt);
            }
        }

        @Override
        public NotifyMode mode() {
            return mode;
        }

        @Override
        public StateDelta state() {
            return changes;
        }

        @Override
        public Resolvers resolvers() {
            return resolvers;
        }

        @Override
        public StateChanges changes() {
            return changes;
        }

    }
}
