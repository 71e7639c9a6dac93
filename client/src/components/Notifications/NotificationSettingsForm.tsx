import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { NotificationDelivery } from "../../../../shared/schemas/index.ts";
import { getNotificationSettings, updateNotificationSettings } from "../../api/notifications.ts";
import { FormPanel } from "../Form/FormPanel.tsx";
import { RadioGroup } from "../Form/RadioGroup.tsx";

/**
 * "Notifications" on the profile page: an e-mail for each notification, or one daily digest
 * at 07:00 WIB (the default). The bell in the header shows every notification either way.
 */
export function NotificationSettingsForm() {
  const { t } = useTranslation();
  const [delivery, setDelivery] = useState<NotificationDelivery | null>(null);
  const [status, setStatus] = useState<"idle" | "saving" | "saved" | "failed" | "loadFailed">(
    "idle",
  );

  useEffect(() => {
    const controller = new AbortController();
    getNotificationSettings(controller.signal).then(
      (settings) => setDelivery(settings.delivery),
      () => {
        if (!controller.signal.aborted) setStatus("loadFailed");
      },
    );
    return () => controller.abort();
  }, []);

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!delivery) return;
    setStatus("saving");
    try {
      setDelivery((await updateNotificationSettings(delivery)).delivery);
      setStatus("saved");
    } catch {
      setStatus("failed");
    }
  };

  const message = {
    idle: "",
    saving: "",
    saved: t("notifications.settings.saved"),
    failed: t("notifications.settings.saveFailed"),
    loadFailed: t("notifications.settings.loadFailed"),
  }[status];

  return (
    <FormPanel heading={t("notifications.settings.heading")} onSubmit={handleSubmit}>
      <RadioGroup<NotificationDelivery>
        id="notification-delivery"
        name="delivery"
        legend={t("notifications.settings.legend")}
        hint={t("notifications.settings.hint")}
        value={delivery}
        options={[
          {
            value: "daily_digest",
            label: t("notifications.settings.daily_digest.label"),
            hint: t("notifications.settings.daily_digest.hint"),
          },
          {
            value: "immediate",
            label: t("notifications.settings.immediate.label"),
            hint: t("notifications.settings.immediate.hint"),
          },
        ]}
        onChange={(value) => {
          setStatus("idle");
          setDelivery(value);
        }}
      />
      <div className="button-group">
        <button type="submit" className="button" disabled={!delivery || status === "saving"}>
          {status === "saving"
            ? t("notifications.settings.saving")
            : t("notifications.settings.save")}
        </button>
        <p role="status" className="inline-status">
          {message}
        </p>
      </div>
    </FormPanel>
  );
}
