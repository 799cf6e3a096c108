/**
 * Apps Script cannot tell how many documents an account may still create today, so the add-on
 * counts its own creations per day in user properties (the quota is per user) and compares them
 * with «Документов в день» from «Настройки» (250 for a personal account, 1500 for Workspace).
 */
const key = (day: string) => `orders.created.${day}`;

export function createdToday(day: string, props = PropertiesService.getUserProperties()): number {
  return Number(props.getProperty(key(day)) ?? 0) || 0;
}

export function remainingToday(limit: number, day: string, props = PropertiesService.getUserProperties()): number {
  return Math.max(0, limit - createdToday(day, props));
}

export function countCreated(day: string, n = 1, props = PropertiesService.getUserProperties()): void {
  props.setProperty(key(day), String(createdToday(day, props) + n));
}

export const dailyLimit = (param: string): number => {
  const n = Number(String(param).trim());
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 250;
};
