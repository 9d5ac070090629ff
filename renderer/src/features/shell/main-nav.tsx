import { NavLink } from 'react-router';
import type { RoomDefinition } from './rooms';

/** The rooms, each with its Alt+digit shortcut shown and announced (aria-keyshortcuts). */
export function MainNav({ rooms }: { rooms: readonly RoomDefinition[] }) {
  return (
    <nav className="main-nav" aria-label="Hovedmeny">
      <ul className="main-nav__list">
        {rooms.map(({ id, path, label, shortcut, icon: Icon }) => (
          <li key={id}>
            <NavLink
              to={path}
              className={({ isActive }) => (isActive ? 'main-nav__link main-nav__link--active' : 'main-nav__link')}
              aria-keyshortcuts={shortcut}
            >
              <Icon aria-hidden fontSize="1.5rem" />
              <span className="main-nav__label">{label}</span>
              <kbd className="main-nav__shortcut" aria-hidden>
                {shortcut}
              </kbd>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
