import { auth } from "./auth";
import { common } from "./common";
import { courses } from "./courses";
import { errors } from "./errors";
import { home } from "./home";
import { bulletins } from "./bulletins";
import { resources } from "./resources";
import { trainer } from "./trainer";
import { trainings } from "./trainings";
import { validation } from "./validation";
import { webinars } from "./webinars";

export const translation = { common, auth, courses, errors, home, resources, bulletins, trainer, trainings, validation, webinars };
