import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { buildDocument, buildUser } from "../../test/factories.ts";
import type { NewNotification } from "../index.ts";
import { BACKENDS, storeFor } from "./storeUnderTest.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 10, minute)).toISOString();

describe.each(BACKENDS)("notifications and the outbox on %s", (backend) => {
  const under = storeFor(backend);

  /** A round-opened notice for `userId`, mailed to `email` when given. */
  async function notice(userId: string, email?: string): Promise<NewNotification> {
    const documentId = await buildDocument(under.store, randomUUID());
    return {
      id: randomUUID(),
      userId,
      kind: "round_opened",
      documentId,
      round: 1,
      commentId: null,
      title: "Rancangan Perda",
      summary: "Konsultasi dibuka.",
      actorName: null,
      dedupKey: `round_opened:${documentId}`,
      createdAt: at(0),
      ...(email ? { mail: { to: email, subject: "Konsultasi dibuka", body: "…" } } : {}),
    };
  }

  /** The mails queued to `to`. */
  const outboxTo = (to: string) =>
    under.store.db.all<{ subject: string }>("SELECT subject FROM outbox WHERE to_email = ?", [to]);

  it("notifies each person of an event once, and mails once, however often it is delivered", async () => {
    const user = await buildUser(under.store);
    const item = await notice(user.id, user.email);
    const trigger = { key: `test:${item.id}`, at: at(0) };
    const other = await under.another();
    const made = await Promise.all([
      under.store.notifications.deliver(trigger, [item]),
      other.notifications.deliver(trigger, [item]),
    ]);
    expect(made.sort()).toEqual([0, 1]);
    expect(await under.store.notifications.handled(trigger.key)).toBe(true);
    expect(await under.store.notifications.unreadCount(user.id)).toBe(1);
    expect(await outboxTo(user.email)).toEqual([{ subject: "Konsultasi dibuka" }]);
  });

  it("digests what went out by no other way, once, with one mail", async () => {
    const user = await buildUser(under.store);
    const item = await notice(user.id);
    await under.store.notifications.deliver({ key: `test:${item.id}`, at: at(0) }, [item]);
    const pending = await under.store.notifications.undelivered(at(5));
    expect(pending.filter((n) => n.userId === user.id).map((n) => n.email)).toEqual([user.email]);
    const mail = { to: user.email, subject: "Ringkasan harian", body: "…" };
    await under.store.notifications.digest([item.id], mail, at(6));
    expect((await under.store.notifications.undelivered(at(7))).map((n) => n.id)).not.toContain(
      item.id,
    );
    expect(await outboxTo(user.email)).toEqual([{ subject: "Ringkasan harian" }]);
  });

  it("keeps each person's delivery choice and the notifier's progress", async () => {
    const user = await buildUser(under.store);
    await under.store.notifications.setDelivery(user.id, "daily_digest", at(1));
    await under.store.notifications.setDelivery(user.id, "immediate", at(2));
    expect(await under.store.notifications.deliveries([user.id])).toEqual(
      new Map([[user.id, "immediate"]]),
    );
    const name = `cursor-${randomUUID()}`;
    await under.store.notifications.setState(name, "41");
    await under.store.notifications.setState(name, "42");
    expect(await under.store.notifications.state(name)).toBe("42");
  });
});
