import { redirect } from "next/navigation";
import { NoAccess } from "@/components/ui/no-access";
import { requireActor } from "@/lib/auth/session";
import { startPathFor } from "@/lib/dashboard/start-pages";

/** "/" has no content of its own: it sends each person to the start page of their role. */
export default async function HomePage() {
  const actor = await requireActor();
  const path = startPathFor(actor.role);
  if (path) redirect(path);
  return <NoAccess homeHref={null} />;
}
