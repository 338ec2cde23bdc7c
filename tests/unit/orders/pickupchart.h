#pragma once

#include <QByteArray>

// Kept out of the test source: moc does not read raw string literals.
// A small company chart: store pickup instead of shipping.
inline const QByteArray kPickupChart = R"(<?xml version="1.0" encoding="UTF-8"?>
<scxml xmlns="http://www.w3.org/2005/07/scxml" version="1.0" initial="novo">
    <state id="novo">
        <transition event="payment_confirmed" target="pago"/>
        <transition event="cancel" target="cancelado"/>
    </state>
    <state id="pago">
        <onentry><send type="qt:signal" event="set_payment_status:paid"/></onentry>
        <transition event="ready" target="aguardando_retirada"/>
    </state>
    <state id="aguardando_retirada">
        <transition event="picked_up" target="entregue"/>
    </state>
    <final id="entregue"><onentry><send type="qt:signal" event="stamp:delivered_at"/></onentry></final>
    <final id="cancelado"/>
</scxml>
)";

