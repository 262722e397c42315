package io.sirius.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.config.ConfigSection;
import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EntityTypes;
import io.sirius.api.entity.Transaction;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.Address;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.api.notification.Notification;
import io.sirius.api.notification.SignatureNotification;
import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.result.Severity;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.crypto.EntityHasher;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.internal.core.CoreResults;
import io.sirius.kernel.internal.mempool.PartialPool;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partial cache with a stand-in aggregate plugin whose only rule is Sirius's: every embedded signer other than
 * the aggregate's must cosign (missing cosigners), and nobody else may (ineligible cosigners). The real aggregate
 * plugin is tested in its own module; this is about what the kernel does with the verdicts.
 */
class PartialPoolTest {
    private static final EntityType BONDED = EntityTypes.AGGREGATE_BONDED;
    private static final EntityType COMPLETE = EntityTypes.AGGREGATE_COMPLETE;

    @TempDir
    Path directory;

    /** The stand-in's cosigner facts. */
    record Cosigners(Set<PublicKey> required, Set<PublicKey> present) implements Notification {
    }

    /** The stand-in's results, with the values the kernel recognises. */
    enum TestResults implements ResultCode {
        INELIGIBLE(0x1001, "Failure_Aggregate_Ineligible_Cosigners"), MISSING(0x1002, "Failure_Aggregate_Missing_Cosigners");

        private final int code;
        private final String name;

        TestResults(int code, String name) {
            this.code = code;
            this.name = name;
        }

        @Override
        public Severity severity() {
            return Severity.FAILURE;
        }

        @Override
        public int facility() {
            return 0x41;
        }

        @Override
        public int code() {
            return code;
        }

        @Override
        public String statusName() {
            return name;
        }

        @Override
        public String reason() {
            return name;
        }
    }

    /** Reads the aggregate body: inner transactions, then 96-byte cosignatures. */
    static final class Body {
        final List<EmbeddedTransaction> inner = new ArrayList<>();
        final List<Cosignature> cosignatures = new ArrayList<>();
    }

    static final class StandInAggregates implements TransactionPlugin {
        @Override
        public String name() {
            return "aggregate";
        }

        @Override
        public void register(PluginRegistrar registrar) {
            TransactionCodec<byte[]> raw = new TransactionCodec<>() {
                @Override
                public byte[] decode(BinaryReader body, int version) {
                    return body.readBytes(body.remaining(), "body");
                }

                @Override
                public void encode(byte[] body, BinaryWriter out, int version) {
                    out.writeBytes(body);
                }
            };
            for (EntityType type : List.of(COMPLETE, BONDED)) {
                registrar.transaction(new TransactionDescriptor<>(type.equals(BONDED) ? "Bonded" : "Complete", type, 2, 3,
                        false, byte[].class, raw, (bytes, context, sink) -> {
                            Body body = body(bytes);
                            Set<PublicKey> required = new HashSet<>();
                            body.inner.forEach(t -> required.add(t.header().signer()));
                            required.remove(context.signer());
                            Set<PublicKey> present = new HashSet<>();
                            body.cosignatures.forEach(c -> present.add(c.signer()));
                            sink.publish(new Cosigners(required, present));
                            body.inner.forEach(t -> context.publishEmbedded(t, sink));
                            for (Cosignature c : body.cosignatures) {
                                sink.publish(new SignatureNotification(c.signer(), c.signature(), DerivationScheme.UNSET,
                                        context.hash().bytes()));
                            }
                        }));
            }
            registrar.results(TestResults.values());
            registrar.config(new ConfigSection<>("aggregate", properties -> properties));
            registrar.statefulValidator(new StatefulValidator<Cosigners>() {
                @Override
                public Class<Cosigners> notificationType() {
                    return Cosigners.class;
                }

                @Override
                public ResultCode validate(Cosigners n, StatefulValidationContext context) {
                    if (!n.required().containsAll(n.present())) {
                        return TestResults.INELIGIBLE;
                    }
                    return n.present().containsAll(n.required()) ? ResultCodes.SUCCESS : TestResults.MISSING;
                }
            });
        }

        private static Body body(byte[] bytes) {
            BinaryReader in = BinaryReader.of(bytes);
            int payloadSize = in.readI32("payloadSize");
            Body body = new Body();
            int offset = 4;
            while (offset < 4 + payloadSize) {
                int size = java.nio.ByteBuffer.wrap(bytes, offset, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
                body.inner.add(EmbeddedTransaction.decode(bytes, offset, size));
                offset += size;
            }
            for (; offset + 96 <= bytes.length; offset += 96) {
                body.cosignatures.add(new Cosignature(DerivationScheme.UNSET, PublicKey.of(java.util.Arrays.copyOfRange(bytes,
                        offset, offset + 32)), Signature.of(java.util.Arrays.copyOfRange(bytes, offset + 32, offset + 96))));
            }
            return body;
        }
    }

    private TestNetwork network() throws Exception {
        return TestNetwork.createWith(directory.resolve("a"), List.of(new StandInAggregates()),
                "[plugin:catapult.plugins.aggregate]\n\nanything = goes\n",
                "\t\t{\n\t\t\t\"name\": \"Aggregate_Complete\",\n\t\t\t\"type\": \"16705\",\n\t\t\t\"supportedVersions\": [3]\n"
                        + "\t\t},\n\t\t{\n\t\t\t\"name\": \"Aggregate_Bonded\",\n\t\t\t\"type\": \"16961\",\n"
                        + "\t\t\t\"supportedVersions\": [3]\n\t\t}");
    }

    /** Alice's aggregate in which Bob pays Carol {@code amount}: Bob must cosign. */
    private static byte[] aggregate(TestNetwork network, EntityType type, KeyPair alice, KeyPair bob, Address carol,
            long amount, List<KeyPair> cosigners) {
        EmbeddedTransaction inner = EmbeddedTransaction.of(Transaction.decode(network.transfer(bob, carol, amount, 0)));
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE, Signature.ZERO, alice.publicKey(),
                VersionField.of(network.identity.network(), DerivationScheme.UNSET, 3), type, 0,
                new Timestamp(network.clock + 3_600_000));
        byte[] unsigned = AggregateTransaction.of(header, List.of(inner), List.of()).encode();
        byte[] signed = network.signer.signTransaction(alice, unsigned, network.identity.generationHash());
        Hash256 hash = EntityHasher.transactionHash(signed, network.identity.generationHash());
        List<Cosignature> cosignatures = cosigners.stream().map(k -> network.signer.cosign(k, hash)).toList();
        return AggregateTransaction.decode(signed).withCosignatures(cosignatures).encode();
    }

    private static Hash256 hash(TestNetwork network, byte[] payload) {
        return EntityHasher.transactionHash(payload, network.identity.generationHash());
    }

    @Test
    void aBondedAggregateWaitsForItsCosignerThenConfirms() throws Exception {
        try (TestNetwork network = network()) {
            // Arrange
            KeyPair alice = network.funded.get(0);
            KeyPair bob = network.funded.get(1);
            Address carol = network.address(KeyPair.generate(new SecureRandom(), DerivationScheme.ED25519_SHA3));
            byte[] payload = aggregate(network, BONDED, alice, bob, carol, 500, List.of());
            Hash256 hash = hash(network, payload);

            // Act
            PartialPool.Outcome announced = network.partials.submit(payload);
            int waitingBefore = network.partials.size();
            int unconfirmedBefore = network.pool.size();
            Cosignature cosignature = network.signer.cosign(bob, hash);
            PartialPool.Outcome cosigned = network.partials.cosign(hash, bob.publicKey(), cosignature.signature(),
                    DerivationScheme.UNSET);
            network.harvest();

            // Assert
            assertTrue(announced.accepted(), String.valueOf(announced.rejection()));
            assertFalse(announced.complete());
            assertEquals(1, waitingBefore);
            assertEquals(0, unconfirmedBefore);
            assertTrue(cosigned.accepted(), String.valueOf(cosigned.rejection()));
            assertTrue(cosigned.complete());
            assertEquals(0, network.partials.size());
            assertEquals(500, network.balance(carol), "the embedded transfer ran, paid by Bob");
        }
    }

    @Test
    void aForgedCosignatureIsRefusedAndTheAggregateKeepsWaiting() throws Exception {
        try (TestNetwork network = network()) {
            // Arrange
            KeyPair bob = network.funded.get(1);
            byte[] payload = aggregate(network, BONDED, network.funded.get(0), bob,
                    network.address(network.harvester), 500, List.of());
            Hash256 hash = hash(network, payload);
            network.partials.submit(payload);

            // Act
            PartialPool.Outcome forged = network.partials.cosign(hash, bob.publicKey(),
                    network.signer.cosign(bob, Hash256.ZERO).signature(), DerivationScheme.UNSET);

            // Assert
            assertEquals(CoreResults.SIGNATURE_NOT_VERIFIABLE, forged.rejection().code());
            assertEquals(1, network.partials.size());
        }
    }

    @Test
    void aCosignerTheAggregateDoesNotNeedIsRefusedAndItKeepsWaiting() throws Exception {
        try (TestNetwork network = network()) {
            // Arrange
            KeyPair stranger = KeyPair.generate(new SecureRandom(), DerivationScheme.ED25519_SHA3);
            byte[] payload = aggregate(network, BONDED, network.funded.get(0), network.funded.get(1),
                    network.address(network.harvester), 500, List.of());
            Hash256 hash = hash(network, payload);
            network.partials.submit(payload);

            // Act
            PartialPool.Outcome ineligible = network.partials.cosign(hash, stranger.publicKey(),
                    network.signer.cosign(stranger, hash).signature(), DerivationScheme.UNSET);

            // Assert
            assertEquals(ResultCodes.AGGREGATE_INELIGIBLE_COSIGNERS, ineligible.rejection().code().value());
            assertEquals(1, network.partials.size());
        }
    }

    @Test
    void anAggregateFailingForAnotherReasonIsRefusedAtOnce() throws Exception {
        try (TestNetwork network = network()) {
            // Arrange: Bob cannot pay
            KeyPair poorBob = KeyPair.generate(new SecureRandom(), DerivationScheme.ED25519_SHA3);
            byte[] payload = aggregate(network, BONDED, network.funded.get(0), poorBob,
                    network.address(network.harvester), 500, List.of());

            // Act
            PartialPool.Outcome outcome = network.partials.submit(payload);

            // Assert
            assertEquals(CoreResults.INSUFFICIENT_BALANCE, outcome.rejection().code());
            assertEquals(0, network.partials.size());
        }
    }

    @Test
    void aCompleteOrNonBondedAggregateDoesNotWait() throws Exception {
        try (TestNetwork network = network()) {
            // Arrange
            KeyPair bob = network.funded.get(1);
            byte[] cosigned = aggregate(network, BONDED, network.funded.get(0), bob, network.address(network.harvester), 500,
                    List.of(bob));
            byte[] complete = aggregate(network, COMPLETE, network.funded.get(0), bob, network.address(network.harvester),
                    600, List.of(bob));

            // Act
            PartialPool.Outcome alreadyComplete = network.partials.submit(cosigned);
            PartialPool.Outcome notBonded = network.partials.submit(complete);

            // Assert
            assertTrue(alreadyComplete.complete(), String.valueOf(alreadyComplete.rejection()));
            assertEquals(1, network.pool.size());
            assertEquals(CoreResults.CONSUMER_MALFORMED, notBonded.rejection().code());
            assertTrue(notBonded.rejection().detail().contains("PUT /transactions"), notBonded.rejection().detail());
        }
    }

    @Test
    void aBondedAggregateLeavesWhenItsDeadlinePasses() throws Exception {
        try (TestNetwork network = network()) {
            // Arrange
            byte[] payload = aggregate(network, BONDED, network.funded.get(0), network.funded.get(1),
                    network.address(network.harvester), 500, List.of());
            network.partials.submit(payload);

            // Act
            network.clock += 3_600_001;
            int expired = network.partials.expire();

            // Assert
            assertEquals(1, expired);
            assertEquals(0, network.partials.size());
        }
    }
}
