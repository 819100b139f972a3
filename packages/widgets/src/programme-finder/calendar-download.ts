/**
 * "Add to calendar": the `.ics` file is made in the browser and handed over as a Blob download, so
 * nothing is sent anywhere and nothing is stored.
 */

/** A file name safe on every system, from a course's title. */
export function calendarFileName(title: string): string {
  const base = title.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, 60);
  return `${base || 'course'}.ics`;
}

/** Offers `text` as a download called `fileName`, from `host`'s document. */
export function downloadCalendar(host: Element, text: string, fileName: string): void {
  const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = host.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  host.ownerDocument.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; revoke on the next task so the browser can read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
