package io.sirius.plugin.aggregate.internal.validators;

import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Signature;
import io.sirius.api.model.VersionField;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.aggregate.internal.config.AggregateConfig;
import io.sirius.plugin.aggregate.internal.config.MultisigPresence;
import io.sirius.plugin.aggregate.model.AggregateCosignaturesNotification;
import io.sirius.plugin.aggregate.model.AggregateEmbeddedTransactionNotification;
import io.sirius.plugin.aggregate.model.AggregateResults;
import io.sirius.plugin.testkit.ContextBuilder;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Accounts, aggregates and contexts for the validator tests: account {@code n} has the key {@code n n n ...}. */
final class Aggregates {

    private Aggregates() {
    }

    /**
     * @param n a small number
     * @return the key of account n
     */
    static PublicKey key(int n) {
        byte[] bytes = new byte[PublicKey.SIZE];
        Arrays.fill(bytes, (byte) n);
        return PublicKey.of(bytes);
    }

    /**
     * @param signer the account signing it
     * @return an embedded transfer-shaped transaction (its body is not read by these rules)
     */
    static EmbeddedTransaction embedded(int signer) {
        byte[] body = new byte[3];
        return new EmbeddedTransaction(new EmbeddedTransactionHeader(EmbeddedTransactionHeader.SIZE + body.length,
                key(signer), new VersionField(0x90, 1, 3), new EntityType(0x4154)), body);
    }

    /**
     * @param signers the embedded transactions' signers
     * @return one embedded transaction per signer
     */
    static List<EmbeddedTransaction> embedded(int... signers) {
        return Arrays.stream(signers).mapToObj(Aggregates::embedded).toList();
    }

    /**
     * @param cosigners the cosigners
     * @return one cosignature each (signatures are not checked by these rules)
     */
    static List<Cosignature> cosignatures(int... cosigners) {
        return Arrays.stream(cosigners)
                .mapToObj(n -> new Cosignature(DerivationScheme.UNSET, key(n), Signature.of(new byte[Signature.SIZE])))
                .toList();
    }

    /**
     * @param signer the aggregate's signer
     * @param signers its embedded transactions' signers
     * @param cosigners its cosigners
     * @return the notification
     */
    static AggregateCosignaturesNotification aggregate(int signer, int[] signers, int... cosigners) {
        return new AggregateCosignaturesNotification(key(signer), embedded(signers), cosignatures(cosigners));
    }

    /**
     * @param signer the aggregate's signer
     * @param embeddedSigner the embedded transaction's signer
     * @param cosigners the aggregate's cosigners
     * @return the notification
     */
    static AggregateEmbeddedTransactionNotification embeddedIn(int signer, int embeddedSigner, int... cosigners) {
        return new AggregateEmbeddedTransactionNotification(key(signer), embedded(embeddedSigner), cosignatures(cosigners));
    }

    /**
     * @param overrides keys of the aggregate section to change from Sirius's defaults
     * @return a builder with that section
     */
    static ContextBuilder config(String... overrides) {
        Map<String, String> section = new HashMap<>(Map.of(
                "maxTransactionsPerAggregate", "1'000",
                "maxCosignaturesPerAggregate", "15",
                "enableStrictCosignatureCheck", "false",
                "enableBondedAggregateSupport", "true",
                "maxBondedTransactionLifetime", "48h",
                "strictSigner", "true"));
        for (int i = 0; i < overrides.length; i += 2) {
            section.put(overrides[i], overrides[i + 1]);
        }
        return ContextBuilder.context().config(AggregateConfig.SECTION, section);
    }

    /**
     * @param builder a builder
     * @return its stateful context with Sirius's multisig section enabled
     */
    static StatefulValidationContext withMultisig(ContextBuilder builder) {
        return builder.config(MultisigPresence.SECTION, Map.of("maxMultisigDepth", "3", "maxCosignersPerAccount", "10",
                "maxCosignedAccountsPerAccount", "1048576", "newCosignersMustApprove", "true")).stateful();
    }

    /**
     * @param name {@code SUCCESS} or an {@link AggregateResults} constant
     * @return the result
     */
    static ResultCode result(String name) {
        return name.equals("SUCCESS") ? ResultCodes.SUCCESS : AggregateResults.valueOf(name);
    }

    /**
     * @param csv numbers separated by spaces, or empty
     * @return the numbers
     */
    static int[] numbers(String csv) {
        return csv == null || csv.isBlank() ? new int[0] : Arrays.stream(csv.trim().split(" +")).mapToInt(Integer::parseInt).toArray();
    }
}
