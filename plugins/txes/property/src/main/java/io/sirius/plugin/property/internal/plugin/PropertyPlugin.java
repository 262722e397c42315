package io.sirius.plugin.property.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.property.internal.config.PropertyConfig;
import io.sirius.plugin.property.internal.observers.PropertyValueModificationObserver;
import io.sirius.plugin.property.internal.rest.AccountPropertiesRoute;
import io.sirius.plugin.property.internal.rest.AccountsPropertiesRoute;
import io.sirius.plugin.property.internal.rest.PropertyTransactionJson;
import io.sirius.plugin.property.internal.validators.AddressInteractionValidator;
import io.sirius.plugin.property.internal.validators.MaxPropertyValuesValidator;
import io.sirius.plugin.property.internal.validators.MosaicRecipientValidator;
import io.sirius.plugin.property.internal.validators.PropertyAddressNoSelfModificationValidator;
import io.sirius.plugin.property.internal.validators.PropertyModificationTypesValidator;
import io.sirius.plugin.property.internal.validators.PropertyRedundantModificationValidator;
import io.sirius.plugin.property.internal.validators.PropertyResults;
import io.sirius.plugin.property.internal.validators.PropertyTypeValidator;
import io.sirius.plugin.property.internal.validators.PropertyValueModificationValidator;
import io.sirius.plugin.property.internal.validators.TransactionTypeNoSelfBlockingValidator;
import io.sirius.plugin.property.internal.validators.TransactionTypePropertyModificationValuesValidator;
import io.sirius.plugin.property.internal.validators.TransactionTypeValidator;
import io.sirius.plugin.property.model.PropertyTransaction;
import io.sirius.plugin.property.model.PropertyTypes;
import io.sirius.plugin.property.state.PropertyCache;
import org.osgi.service.component.annotations.Component;

/**
 * The property family (Sirius's account properties, later Symbol's account restrictions): allow or block lists of the
 * addresses an account accepts transactions from, the mosaics it accepts, and the transaction types it may send. Its
 * rules judge the core's notifications of every family (address interactions, balance transfers, transactions). It owns
 * the Property cache and serves {@code GET /account/{accountId}/properties} and {@code POST /account/properties}.
 */
@SiriusPlugin(value = "property", types = {"0x4150", "0x4250", "0x4350"})
@Component(service = TransactionPlugin.class)
public final class PropertyPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "property";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(PropertyConfig.SECTION);
        transaction(registrar, "Address_Property", ValueKind.ADDRESS);
        transaction(registrar, "Mosaic_Property", ValueKind.MOSAIC);
        transaction(registrar, "Transaction_Type_Property", ValueKind.TRANSACTION_TYPE);
        registrar.results(PropertyResults.values());
        registrar.statelessValidator(new PropertyAddressNoSelfModificationValidator());
        registrar.statelessValidator(new PropertyTypeValidator());
        registrar.statelessValidator(new PropertyModificationTypesValidator<>(ValueKind.ADDRESS));
        registrar.statelessValidator(new PropertyModificationTypesValidator<>(ValueKind.MOSAIC));
        registrar.statelessValidator(new PropertyModificationTypesValidator<>(ValueKind.TRANSACTION_TYPE));
        registrar.statelessValidator(new TransactionTypePropertyModificationValuesValidator());
        registrar.statefulValidator(new PropertyRedundantModificationValidator<>(ValueKind.ADDRESS));
        registrar.statefulValidator(new PropertyValueModificationValidator<>(ValueKind.ADDRESS));
        registrar.statefulValidator(new MaxPropertyValuesValidator<>(ValueKind.ADDRESS));
        registrar.statefulValidator(new AddressInteractionValidator());
        registrar.statefulValidator(new PropertyRedundantModificationValidator<>(ValueKind.MOSAIC));
        registrar.statefulValidator(new PropertyValueModificationValidator<>(ValueKind.MOSAIC));
        registrar.statefulValidator(new MaxPropertyValuesValidator<>(ValueKind.MOSAIC));
        registrar.statefulValidator(new MosaicRecipientValidator());
        registrar.statefulValidator(new PropertyRedundantModificationValidator<>(ValueKind.TRANSACTION_TYPE));
        registrar.statefulValidator(new PropertyValueModificationValidator<>(ValueKind.TRANSACTION_TYPE));
        registrar.statefulValidator(new MaxPropertyValuesValidator<>(ValueKind.TRANSACTION_TYPE));
        registrar.statefulValidator(new TransactionTypeValidator());
        registrar.statefulValidator(new TransactionTypeNoSelfBlockingValidator());
        registrar.observer(new PropertyValueModificationObserver<>(ValueKind.ADDRESS));
        registrar.observer(new PropertyValueModificationObserver<>(ValueKind.MOSAIC));
        registrar.observer(new PropertyValueModificationObserver<>(ValueKind.TRANSACTION_TYPE));
        registrar.cache(PropertyCache.DESCRIPTOR);
        registrar.route(AccountPropertiesRoute.descriptor());
        registrar.route(AccountsPropertiesRoute.descriptor());
    }

    private static <V, T extends PropertyTransaction<V>> void transaction(PluginRegistrar registrar, String name,
            ValueKind<V, T, ?, ?> kind) {
        registrar.transaction(new TransactionDescriptor<>(name, kind.transactionType(), PropertyTypes.VERSION,
                PropertyTypes.VERSION, true, kind.bodyType(), new PropertyTransactionCodec<>(kind),
                new PropertyTransactionHandler<>(kind)));
        registrar.transactionJson(kind.transactionType(), new PropertyTransactionJson<>(kind));
    }
}
